package plan.cli;

import java.util.Locale;
import java.util.Map;

/**
 * The language of messages when {@code --lang} is not given, read from the POSIX locale
 * variables themselves. Java derives its default locale through the C library, which answers
 * "C" (English) when the named locale is not installed, as in most CI containers and Docker
 * images: {@code LANG=th_TH.UTF-8} must still mean Thai there.
 */
final class UserLanguage {
    /** Highest precedence first, as the C library reads them for messages. */
    private static final String[] VARIABLES = {"LC_ALL", "LC_MESSAGES", "LANG"};

    private UserLanguage() {
    }

    static ReportOptions.Lang of(Map<String, String> environment, Locale javaDefault) {
        for (String name : VARIABLES) {
            String value = environment.get(name);
            if (value != null && !value.isBlank()) { // an empty variable counts as unset (POSIX)
                return language(value.strip());
            }
        }
        // No variable set (Windows, macOS apps): Java's own notion of the user's locale.
        return "th".equals(javaDefault.getLanguage()) ? ReportOptions.Lang.th : ReportOptions.Lang.en;
    }

    /** {@code th_TH.UTF-8}, {@code th}, {@code th_TH@calendar}: Thai; C, POSIX and the rest: English. */
    private static ReportOptions.Lang language(String value) {
        String language = value.split("[_.@-]", 2)[0];
        return language.equalsIgnoreCase("th") ? ReportOptions.Lang.th : ReportOptions.Lang.en;
    }
}
