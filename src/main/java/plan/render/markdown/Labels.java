package plan.render.markdown;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import plan.model.Lang;
import plan.model.Plan;
import plan.model.Text;

/**
 * The generated words of a document: the defaults of its language, then the plan's own. The
 * words live in the bundles {@code plan/render/labels*.properties} (beside the diagnostics'
 * {@code plan/diag/messages*.properties}), so a translation touches no code; keys under
 * {@code index.} are the site index's, the others are the labels a plan may override.
 */
public final class Labels {
    private static final String BUNDLE = "plan.render.labels";
    private static final String INDEX_PREFIX = "index.";
    /** The results report's words: not labels a plan overrides. */
    private static final String REPORT_PREFIX = "report.";
    // Fixed data of the jar, read once per JVM and only read after: static is right, no build owns them.
    private static final Map<Lang, ResourceBundle> BUNDLES = new java.util.EnumMap<>(Map.of(
            // English is the base bundle: asked for as such, not as "en", which the class path
            // lacks and would look for in every jar on it (opening them all, about 20 ms of a start).
            Lang.TH, load(Locale.forLanguageTag("th")), Lang.EN, load(Locale.ROOT)));
    private static final Map<Lang, Map<String, String>> DEFAULTS = new java.util.EnumMap<>(Map.of(
            Lang.TH, labelsOf(BUNDLES.get(Lang.TH)), Lang.EN, labelsOf(BUNDLES.get(Lang.EN))));

    private Labels() {
    }

    public static Map<String, String> defaults(Lang lang) {
        return DEFAULTS.get(lang);
    }

    /** A word of the site index ({@code index.KEY}) in {@code lang}, its {0}... filled in. */
    public static String indexWord(Lang lang, String key, Object... args) {
        String pattern = BUNDLES.get(lang).getString(INDEX_PREFIX + key);
        // Counts as written: MessageFormat would group 1000 as "1,000".
        Object[] plain = java.util.Arrays.stream(args).map(a -> a instanceof Number n ? String.valueOf(n) : a).toArray();
        return new MessageFormat(pattern, Locale.ROOT).format(plain);
    }

    /** A word of the results report ({@code report.KEY}) in {@code lang}. */
    public static String reportWord(Lang lang, String key) {
        return BUNDLES.get(lang).getString(REPORT_PREFIX + key);
    }

    /** Defaults overridden by the plan's {@code labels}, each made safe as inline Markdown. */
    static Map<String, String> of(Plan plan) {
        Map<String, String> out = new HashMap<>(defaults(plan.lang()));
        for (Map.Entry<String, Text> e : plan.labels().entrySet()) {
            out.put(e.getKey(), SafeMarkdown.inline(e.getValue().value()));
        }
        return out;
    }

    private static ResourceBundle load(Locale locale) {
        // No fallback to the machine's locale: English is the base bundle, Thai its one variant.
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static Map<String, String> labelsOf(ResourceBundle bundle) {
        Map<String, String> labels = new HashMap<>();
        for (String key : Collections.list(bundle.getKeys())) {
            if (!key.startsWith(INDEX_PREFIX) && !key.startsWith(REPORT_PREFIX)) {
                labels.put(key, bundle.getString(key));
            }
        }
        return Map.copyOf(labels);
    }
}
