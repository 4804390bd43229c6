package plan.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import plan.testing.ExternalTool;

/**
 * A plan file named in Thai works through {@code ./plan} whatever the locale says: unset (as on
 * CI runners), C, POSIX, or th_TH.UTF-8 where that locale is not installed (as here). Without the
 * launcher's care the JVM encodes file names in ASCII there and `plan init` fails with
 * "Malformed input". With no language named, or Thai named, plan speaks Thai.
 */
@Tag("launcher") // the first ./plan of a build makes the jar and its start-up cache: mvn verify only
class LauncherLocaleTest {
    private static final String FILE = "สพป.ขอนแก่น5.plan.yaml";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "LANG={0}")
    @ValueSource(strings = {"", "C", "POSIX", "th_TH.UTF-8"})
    void aThaiFileNameWorksAndPlanSpeaksThai(String lang) throws Exception {
        ExternalTool.Result init = plan(lang, "init", FILE, "--organization", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาขอนแก่น เขต 5");
        assertThat(init.exit()).as(init.err()).isZero();
        assertThat(dir.resolve(FILE)).isRegularFile();
        assertThat(init.out()).contains("เขียนไฟล์ " + FILE);

        ExternalTool.Result check = plan(lang, "check", FILE);
        assertThat(check.exit()).as(check.err()).isZero();
        assertThat(check.out()).contains("ไม่พบปัญหาใน 1 ไฟล์");

        Files.writeString(dir.resolve(FILE), Files.readString(dir.resolve(FILE)) + "\nmisions: []\n");
        ExternalTool.Result broken = plan(lang, "check", FILE);
        assertThat(broken.exit()).isEqualTo(1);
        assertThat(broken.out()).contains(FILE + ":").contains("ไม่รู้จักคีย์");
    }

    @ParameterizedTest(name = "LANG={0}")
    @ValueSource(strings = {"", "th_TH.UTF-8"})
    void aThaiFileNameBuilds(String lang) throws Exception {
        assertThat(plan(lang, "init", FILE).exit()).isZero();
        ExternalTool.Result build = plan(lang, "build", FILE, "--format", "md,html", "--out", "เว็บไซต์");
        assertThat(build.exit()).as(build.err()).isZero();
        assertThat(build.err()).contains("สร้างเอกสารของแผน 1 แผน");
        try (var files = Files.list(dir.resolve("เว็บไซต์"))) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith(".html") && !n.equals("index.html"));
        }
    }

    /** An English locale, installed or not, still gives English. */
    @ParameterizedTest(name = "LANG={0}")
    @ValueSource(strings = {"en_US.UTF-8"})
    void anEnglishLocaleGivesEnglish(String lang) throws Exception {
        ExternalTool.Result init = plan(lang, "init", FILE);
        assertThat(init.exit()).as(init.err()).isZero();
        assertThat(init.out()).contains("plan: wrote " + FILE);
    }

    private ExternalTool.Result plan(String lang, String... args) {
        List<String> command = new ArrayList<>(List.of("env", "-u", "LC_ALL", "-u", "LC_MESSAGES", "-u", "LC_CTYPE",
                "-u", "PLAN_LANG", "-u", "PLAN_USER_LOCALE"));
        command.add(lang.isEmpty() ? "-u" : "LANG=" + lang);
        if (lang.isEmpty()) {
            command.add("LANG");
        }
        command.addAll(List.of("bash", Path.of("plan").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        return ExternalTool.run(dir, command);
    }
}
