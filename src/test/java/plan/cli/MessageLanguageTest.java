package plan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import plan.testing.ExternalTool;

/** Without {@code --lang}, messages follow the locale variables, installed locale or not. */
class MessageLanguageTest {
    private static final String THAI_UNKNOWN_KEY = "ไม่รู้จักคีย์";

    @Test
    void theFirstSetVariableDecides() {
        assertThat(UserLanguage.of(Map.of("LANG", "th_TH.UTF-8"), Locale.ENGLISH)).isEqualTo(ReportOptions.Lang.th);
        assertThat(UserLanguage.of(Map.of("LANG", "th"), Locale.ENGLISH)).isEqualTo(ReportOptions.Lang.th);
        assertThat(UserLanguage.of(Map.of("LC_MESSAGES", "th_TH@calendar=buddhist", "LANG", "en_US.UTF-8"),
                Locale.ENGLISH)).isEqualTo(ReportOptions.Lang.th);
        assertThat(UserLanguage.of(Map.of("LC_ALL", "C.UTF-8", "LANG", "th_TH.UTF-8"), Locale.ENGLISH))
                .isEqualTo(ReportOptions.Lang.en);
        assertThat(UserLanguage.of(Map.of("LC_ALL", "POSIX"), Locale.forLanguageTag("th")))
                .isEqualTo(ReportOptions.Lang.en);
    }

    @Test
    void emptyVariablesCountAsUnsetAndNoneFallsBackToJava() {
        assertThat(UserLanguage.of(Map.of("LC_ALL", "", "LANG", "th_TH.UTF-8"), Locale.ENGLISH))
                .isEqualTo(ReportOptions.Lang.th);
        assertThat(UserLanguage.of(Map.of(), Locale.forLanguageTag("th-TH"))).isEqualTo(ReportOptions.Lang.th);
        assertThat(UserLanguage.of(Map.of(), Locale.US)).isEqualTo(ReportOptions.Lang.en);
    }

    /**
     * The real thing: a separate JVM whose environment says Thai. This machine (like CI
     * containers) has no th_TH locale installed, so the C library, and Java's default locale
     * with it, say English; the messages must be Thai all the same.
     */
    @Test
    void aThaiLangGivesThaiMessagesInAFreshProcess() {
        assertThat(run("LANG", "th_TH.UTF-8")).contains("error[unknown-key]: " + THAI_UNKNOWN_KEY);
        assertThat(run("LC_MESSAGES", "th_TH.UTF-8")).contains(THAI_UNKNOWN_KEY);
        assertThat(run("LANG", "C.UTF-8")).contains("error[unknown-key]: unknown key").doesNotContain(THAI_UNKNOWN_KEY);
    }

    private static String run(String variable, String value) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of("env", "-u", "LC_ALL", "-u", "LC_MESSAGES", "-u", "LANG",
                variable + "=" + value, java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "check", "--color", "never", Path.of("examples", "broken.plan.yaml").toString()));
        ExternalTool.Result r = ExternalTool.run(null, command);
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        return r.out();
    }
}
