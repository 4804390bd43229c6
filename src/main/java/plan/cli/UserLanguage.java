package plan.cli;

import java.nio.file.Path;
import java.util.Map;

import plan.app.check.ConfigLanguage;

/**
 * The language of messages. In order: {@code --lang}; {@code PLAN_LANG}; {@code lang:} in the
 * {@code plan.config.yaml} of the working folder (or above it); the POSIX locale variables, read
 * as text; else Thai, the language of the people plan is for. The variables are read themselves:
 * Java derives its default locale through the C library, which answers "C" (English) when the
 * named locale is not installed, as in most CI containers and Docker images, so
 * {@code LANG=th_TH.UTF-8} must still mean Thai there. A variable that names no language
 * ({@code C}, {@code POSIX}, {@code C.UTF-8}, as CI runners and containers set) says nothing
 * about the reader, and Thai stands.
 */
final class UserLanguage {
    /** Highest precedence first, as the C library reads them for messages. */
    private static final String[] VARIABLES = {"LC_ALL", "LC_MESSAGES", "LANG"};
    /** The first of them that was set where the launcher ({@code ./plan}) was run, before it set its own. */
    static final String LAUNCHER_VARIABLE = "PLAN_USER_LOCALE";

    private UserLanguage() {
    }

    static ReportOptions.Lang choose(ReportOptions.Lang option, Map<String, String> environment, Path folder) {
        if (option != null) {
            return option;
        }
        ReportOptions.Lang named = named(environment.get("PLAN_LANG"));
        if (named != null) {
            return named;
        }
        named = named(ConfigLanguage.near(folder));
        return named != null ? named : of(environment);
    }

    /** From the locale variables alone: the first one set decides; none, or one naming no language, gives Thai. */
    static ReportOptions.Lang of(Map<String, String> environment) {
        // The launcher runs the JVM in C.UTF-8 (for Thai file names) and hands on the user's own value.
        String handedOn = environment.get(LAUNCHER_VARIABLE);
        if (handedOn != null) {
            return handedOn.isBlank() ? ReportOptions.Lang.th : language(handedOn.strip());
        }
        for (String name : VARIABLES) {
            String value = environment.get(name);
            if (value != null && !value.isBlank()) { // an empty variable counts as unset (POSIX)
                return language(value.strip());
            }
        }
        return ReportOptions.Lang.th;
    }

    /** "th" or "en" in any case, else null. */
    private static ReportOptions.Lang named(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "th" -> ReportOptions.Lang.th;
            case "en" -> ReportOptions.Lang.en;
            default -> null;
        };
    }

    /** {@code th_TH.UTF-8}, {@code th}, {@code th_TH@calendar}: Thai; C, POSIX: no language (Thai); the rest: English. */
    private static ReportOptions.Lang language(String value) {
        String language = value.split("[_.@-]", 2)[0];
        if (language.equalsIgnoreCase("C") || language.equalsIgnoreCase("POSIX")) {
            return ReportOptions.Lang.th;
        }
        return language.equalsIgnoreCase("th") ? ReportOptions.Lang.th : ReportOptions.Lang.en;
    }
}
