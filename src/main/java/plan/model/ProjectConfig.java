package plan.model;

import java.util.Map;

/**
 * Settings for every plan in a folder tree, from {@code plan.config.yaml}: rule severities
 * ("error", "warning", "note" or "off"), a template folder, Thai digits, the documents' style, the
 * project's own Thai words (kept whole at line ends) and the language of messages ("th" or "en").
 * Absent settings are null (words: empty); {@link #NONE} is the configuration of a folder without a file.
 */
public record ProjectConfig(String file, Map<String, Text> rules, Text templates, Boolean thaiDigits,
        java.util.List<Text> words, Style style, Text lang) {
    public static final ProjectConfig NONE = new ProjectConfig(null, Map.of(), null, null, java.util.List.of());

    /** Settings without a style (the plan's, or official) or a language of their own. */
    public ProjectConfig(String file, Map<String, Text> rules, Text templates, Boolean thaiDigits,
            java.util.List<Text> words) {
        this(file, rules, templates, thaiDigits, words, null, null);
    }

    public ProjectConfig {
        rules = Map.copyOf(rules);
        words = words == null ? java.util.List.of() : java.util.List.copyOf(words);
    }
}
