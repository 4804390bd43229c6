package plan.model;

import java.util.Map;

/**
 * Settings for every plan in a folder tree, from {@code plan.config.yaml}: rule severities
 * ("error", "warning", "note" or "off"), a template folder and Thai digits. Absent settings are
 * null; {@link #NONE} is the configuration of a folder without a file.
 */
public record ProjectConfig(String file, Map<String, Text> rules, Text templates, Boolean thaiDigits) {
    public static final ProjectConfig NONE = new ProjectConfig(null, Map.of(), null, null);

    public ProjectConfig {
        rules = Map.copyOf(rules);
    }
}
