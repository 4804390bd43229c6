package plan.model;

import java.util.Map;

/**
 * Settings for every plan in a folder tree, from {@code plan.config.yaml}: rule severities
 * ("error", "warning", "note" or "off"), a template folder, Thai digits, the documents' style and the project's own Thai
 * words (kept whole at line ends). Absent settings are null (words: empty); {@link #NONE} is the
 * configuration of a folder without a file.
 */
public record ProjectConfig(String file, Map<String, Text> rules, Text templates, Boolean thaiDigits,
        java.util.List<Text> words, Style style) {
    public static final ProjectConfig NONE = new ProjectConfig(null, Map.of(), null, null, java.util.List.of());

    /** Settings without a style of their own (the plan's, or official). */
    public ProjectConfig(String file, Map<String, Text> rules, Text templates, Boolean thaiDigits,
            java.util.List<Text> words) {
        this(file, rules, templates, thaiDigits, words, null);
    }

    public ProjectConfig {
        rules = Map.copyOf(rules);
        words = words == null ? java.util.List.of() : java.util.List.copyOf(words);
    }
}
