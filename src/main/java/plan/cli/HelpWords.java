package plan.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /** The sections written in the reader's language; the synopsis is options and labels, broken as before. */
    private static final List<String> WORDED_SECTIONS = List.of(CommandLine.Model.UsageMessageSpec.SECTION_KEY_DESCRIPTION,
            CommandLine.Model.UsageMessageSpec.SECTION_KEY_PARAMETER_LIST,
            CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST,
            CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST);

    /** Runs {@code show} (which prints help) with the words, version line and line breaks of {@code lang}. */
    static <T> T in(ReportOptions.Lang lang, CommandLine root, Supplier<T> show) {
        ResourceBundle words = bundle(lang);
        root.setResourceBundle(words);
        PlanCommand.Version version = new PlanCommand.Version(words);
        root.getCommandSpec().versionProvider(version);
        root.getSubcommands().values().forEach(c -> c.getCommandSpec().versionProvider(version)); // plan build -V too
        if (lang == ReportOptions.Lang.th) {
            Map<String, CommandLine.IHelpSectionRenderer> sections = new LinkedHashMap<>(root.getHelpSectionMap());
            for (String key : WORDED_SECTIONS) {
                CommandLine.IHelpSectionRenderer section = sections.get(key);
                if (section != null) {
                    sections.put(key, help -> breakingThai(() -> section.render(help)));
                }
            }
            root.setHelpSectionMap(sections); // and every subcommand's
        }
        return show.get();
    }

    /** {@code render} with the default locale Thai: picocli's line breaker is made for the default locale. */
    private static String breakingThai(Supplier<String> render) {
        Locale before = Locale.getDefault();
        Locale display = Locale.getDefault(Locale.Category.DISPLAY);
        Locale format = Locale.getDefault(Locale.Category.FORMAT);
        // Nothing else runs while help is printed: for that moment the breaker is the default locale's only reader.
        Locale.setDefault(Locale.forLanguageTag("th"));
        try {
            return render.get();
        } finally {
            Locale.setDefault(before);
            Locale.setDefault(Locale.Category.DISPLAY, display);
            Locale.setDefault(Locale.Category.FORMAT, format);
        }
    }
}
