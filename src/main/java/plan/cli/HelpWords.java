package plan.cli;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Supplier;

import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * The words of {@code --help} and {@code --version} in the reader's language: the bundles
 * {@code plan/cli/help*.properties}, given to picocli only when help is shown (a run that checks
 * or builds never reads them). Thai help is wrapped at Thai word boundaries: picocli breaks lines
 * where the default locale's line breaker allows, and only the Thai one knows where a Thai word
 * ends (elsewhere a line of Thai, written without spaces between words, is cut mid-word).
 */
final class HelpWords {
    private static final String BUNDLE = "plan.cli.help";

    private HelpWords() {
    }

    static ResourceBundle bundle(ReportOptions.Lang lang) {
        // Asked for by the one language it has, as plan.diag.Messages does: no search for th_TH.
        return ResourceBundle.getBundle(BUNDLE, lang == ReportOptions.Lang.th ? Locale.forLanguageTag("th") : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Whether this run shows help or the version: asked for anywhere on the line, or {@code plan} alone. */
    static boolean shown(ParseResult parsed) {
        if (parsed.subcommand() == null) {
            return true; // plan alone prints its help
        }
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.isUsageHelpRequested() || p.isVersionHelpRequested()) {
                return true;
            }
        }
        return false;
    }

    /** Runs {@code show} (which prints help) with the words, version line and line breaks of {@code lang}. */
    static <T> T in(ReportOptions.Lang lang, CommandLine root, Supplier<T> show) {
        ResourceBundle words = bundle(lang);
        root.setResourceBundle(words);
        root.getCommandSpec().versionProvider(new PlanCommand.Version(words));
        if (lang != ReportOptions.Lang.th) {
            return show.get();
        }
        Locale before = Locale.getDefault();
        Locale display = Locale.getDefault(Locale.Category.DISPLAY);
        Locale format = Locale.getDefault(Locale.Category.FORMAT);
        // Nothing else runs while help is printed: for that moment the line breaker is the
        // default locale's only reader.
        Locale.setDefault(Locale.forLanguageTag("th"));
        try {
            return show.get();
        } finally {
            Locale.setDefault(before);
            Locale.setDefault(Locale.Category.DISPLAY, display);
            Locale.setDefault(Locale.Category.FORMAT, format);
        }
    }
}
