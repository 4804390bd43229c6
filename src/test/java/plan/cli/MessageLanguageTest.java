package plan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.testing.ExternalTool;

/** Without {@code --lang}: PLAN_LANG, plan.config.yaml, the locale variables (installed locale or not), else Thai. */
class MessageLanguageTest {
    private static final String THAI_UNKNOWN_KEY = "ไม่รู้จักคีย์";

    @Test
    void theFirstSetVariableDecides() {
        assertThat(UserLanguage.of(Map.of("LANG", "th_TH.UTF-8"))).isEqualTo(ReportOptions.Lang.th);
        assertThat(UserLanguage.of(Map.of("LANG", "th"))).isEqualTo(ReportOptions.Lang.th);
        assertThat(UserLanguage.of(Map.of("LC_MESSAGES", "th_TH@calendar=buddhist", "LANG", "en_US.UTF-8")))
                .isEqualTo(ReportOptions.Lang.th);
        assertThat(UserLanguage.of(Map.of("LC_ALL", "en_GB.UTF-8", "LANG", "th_TH.UTF-8"))).isEqualTo(ReportOptions.Lang.en);
    }

    /** C, POSIX and C.UTF-8 (CI runners, containers) name no language: Thai, as with nothing set (Windows). */
    @Test
    void noLanguageNamedMeansThai() {
        assertThat(UserLanguage.of(Map.of())).isEqualTo(ReportOptions.Lang.th);
        assertThat(UserLanguage.of(Map.of("LC_ALL", "C.UTF-8", "LANG", "en_US.UTF-8"))).isEqualTo(ReportOptions.Lang.th);
        assertThat(UserLanguage.of(Map.of("LC_ALL", "POSIX"))).isEqualTo(ReportOptions.Lang.th);
        assertThat(UserLanguage.of(Map.of("LANG", "C"))).isEqualTo(ReportOptions.Lang.th);
        assertThat(UserLanguage.of(Map.of("LC_ALL", "", "LANG", "en_US.UTF-8"))).isEqualTo(ReportOptions.Lang.en);
    }

    /** --lang, then PLAN_LANG, then plan.config.yaml, then the locale variables. */
    @Test
    void theOrderOfSources(@TempDir Path dir) throws Exception {
        Path sub = Files.createDirectories(dir.resolve("plans/school"));
        Files.writeString(dir.resolve("plans/plan.config.yaml"), "lang: en\n");
        Map<String, String> thaiLocale = Map.of("LANG", "th_TH.UTF-8");
        assertThat(UserLanguage.choose(null, thaiLocale, sub)).as("config above the folder").isEqualTo(ReportOptions.Lang.en);
        assertThat(UserLanguage.choose(null, Map.of("PLAN_LANG", "th", "LANG", "en_US.UTF-8"), sub))
                .as("PLAN_LANG over the config").isEqualTo(ReportOptions.Lang.th);
        assertThat(UserLanguage.choose(ReportOptions.Lang.th, Map.of("PLAN_LANG", "en"), sub))
                .as("--lang over all").isEqualTo(ReportOptions.Lang.th);
        assertThat(UserLanguage.choose(null, Map.of("LANG", "en_US.UTF-8"), dir)).as("no config: the locale")
                .isEqualTo(ReportOptions.Lang.en);
        assertThat(UserLanguage.choose(null, Map.of("PLAN_LANG", "fr", "LANG", "en_US.UTF-8"), dir))
                .as("a PLAN_LANG naming no language of plan is passed over").isEqualTo(ReportOptions.Lang.en);
    }

    /** Through the command line, in a fresh process whose working folder holds the configuration. */
    @Tag("slow") // new JVMs
    @Test
    void theConfigurationSetsTheLanguageOfEveryCommand(@TempDir Path dir) throws Exception {
        Files.copy(Path.of("examples", "broken.plan.yaml"), dir.resolve("broken.plan.yaml"));
        Files.writeString(dir.resolve("plan.config.yaml"), "lang: en\n");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = List.of("env", "-u", "LC_ALL", "-u", "LC_MESSAGES", "-u", "PLAN_LANG", "LANG=th_TH.UTF-8",
                java, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "check", "--color", "never",
                "broken.plan.yaml");
        ExternalTool.Result r = ExternalTool.run(dir, command);
        assertThat(r.out()).contains("error[unknown-key]: unknown key").doesNotContain(THAI_UNKNOWN_KEY);
    }

    /**
     * The real thing: a separate JVM whose environment says Thai. This machine (like CI
     * containers) has no th_TH locale installed, so the C library, and Java's default locale
     * with it, say English; the messages must be Thai all the same.
     */
    @Tag("slow") // new JVMs
    @Test
    void aThaiLangGivesThaiMessagesInAFreshProcess() {
        assertThat(run("LANG", "th_TH.UTF-8")).contains("error[unknown-key]: " + THAI_UNKNOWN_KEY);
        assertThat(run("LC_MESSAGES", "th_TH.UTF-8")).contains(THAI_UNKNOWN_KEY);
        assertThat(run("LANG", "C.UTF-8")).contains(THAI_UNKNOWN_KEY);
        assertThat(run("LANG", "en_US.UTF-8")).contains("error[unknown-key]: unknown key").doesNotContain(THAI_UNKNOWN_KEY);
        assertThat(run("PLAN_LANG", "en")).contains("error[unknown-key]: unknown key");
    }

    private static String run(String variable, String value) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of("env", "-u", "LC_ALL", "-u", "LC_MESSAGES", "-u", "LANG", "-u", "PLAN_LANG",
                variable + "=" + value, java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "check", "--color", "never", Path.of("examples", "broken.plan.yaml").toString()));
        ExternalTool.Result r = ExternalTool.run(null, command);
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        return r.out();
    }
}
