package plan.bind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import plan.diag.Findings;
import plan.diag.Message;
import plan.diag.Rule;
import plan.model.ProjectConfig;
import plan.model.Text;

/** Binds {@code plan.config.yaml}, the settings shared by a folder of plans. */
public final class ConfigBinder {
    public static final String FILE_NAME = "plan.config.yaml";
    static final List<String> KEYS = List.of("rules", "templates", "thai-digits", "digits", "style", "words", "lang");
    static final List<String> LEVELS = List.of("error", "warning", "note", "off");
    static final List<String> LANGUAGES = List.of("th", "en");

    private ConfigBinder() {
    }

    public static ProjectConfig bind(Node root, Findings findings) {
        Reader read = new Reader(findings);
        if (root == null) {
            return new ProjectConfig(findings.file(), Map.of(), null, null, List.of());
        }
        if (!(root instanceof MappingNode)) {
            read.wrongType(root, FILE_NAME, "map");
            return ProjectConfig.NONE;
        }
        Mapping top = read.mapping(root, FILE_NAME, KEYS);
        Map<String, Text> rules = new LinkedHashMap<>();
        Mapping ruleMap = read.mapping(top.get("rules"), "rules", Rule.ids());
        if (ruleMap != null) {
            ruleMap.keyNodes().keySet().stream().filter(Rule.ids()::contains).forEach(rule -> {
                Text level = read.text(ruleMap.get(rule), rule);
                if (level != null && !LEVELS.contains(level.value())) {
                    read.report(Rule.WRONG_TYPE, level.span(), Message.of("config.level", rule, level.value()),
                            Message.of("config.level.hint"));
                } else if (level != null) {
                    rules.put(rule, level);
                }
            });
        }
        Text templates = read.text(top.get("templates"), "templates");
        Boolean thaiDigits = flag(read, top.get("thai-digits"));
        // `digits: thai|arabic` says the same as `thai-digits`, in the plan's own words; it decides when both are written.
        Text digits = read.text(top.get("digits"), "digits");
        if (digits != null && !plan.format.Format.DIGITS.contains(digits.value())) {
            read.report(Rule.WRONG_TYPE, digits.span(), Message.of("bind.digits", digits.value()), null);
        } else if (digits != null) {
            thaiDigits = digits.value().equals("thai");
        }
        // Thai words the PDF must never break a line inside (compounds its dictionaries lack).
        List<Text> words = new ArrayList<>();
        for (Node item : read.list(top.get("words"), "words")) {
            Text word = read.text(item, "words");
            if (word != null && !word.value().isBlank()) {
                words.add(word);
            }
        }
        // The language of plan's messages for whoever works in this folder (below --lang and PLAN_LANG).
        Text lang = read.text(top.get("lang"), "lang");
        if (lang != null && !LANGUAGES.contains(lang.value())) {
            read.report(Rule.WRONG_TYPE, lang.span(), Message.of("config.lang", lang.value()), Message.of("config.lang.hint"));
            lang = null;
        }
        return new ProjectConfig(findings.file(), rules, templates, thaiDigits, words, style(read, top.get("style")), lang);
    }

    /** {@code style}: official or modern, the look of the documents of the folder's plans. */
    private static plan.model.Style style(Reader read, Node node) {
        Text t = read.text(node, "style");
        if (t == null) {
            return null;
        }
        plan.model.Style style = plan.model.Style.of(t.value());
        if (style == null) {
            read.report(Rule.WRONG_TYPE, t.span(), Message.of("bind.style", t.value()), null);
        }
        return style;
    }

    private static Boolean flag(Reader read, Node node) {
        Text t = read.text(node, "thai-digits");
        if (t == null) {
            return null;
        }
        return switch (t.value()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> {
                read.report(Rule.WRONG_TYPE, t.span(), Message.of("config.flag", "thai-digits", t.value()), null);
                yield null;
            }
        };
    }
}
