package plan.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.testing.Cli;
import plan.testing.ExternalTool;
import plan.testing.SiteDocuments;

/**
 * The release files as a user gets them (made by {@code mvn verify} into target/release/ before
 * the tagged tests): unpacked into an empty folder and run with nothing of a developer's
 * machine on the PATH (no Maven, no npm, an empty HOME), they write the bytes a developer's
 * build of plans/ writes. The Debian package installs, runs as an unprivileged user without
 * writing into its folder, and removes cleanly.
 */
@Tag("release") // needs the release files of mvn verify, and root for dpkg
class ReleaseTest {
    private static final Path RELEASE = Path.of("target", "release");
    private static final Path PLANS = Path.of("plans").toAbsolutePath();
    private static String version;
    private static String commit;
    private static Map<String, byte[]> expected;

    @TempDir
    Path dir;

    @BeforeAll
    static void developersBuild(@TempDir Path site) throws IOException {
        Matcher v = Pattern.compile("<version>([^<]+)</version>").matcher(Files.readString(Path.of("pom.xml")));
        assertThat(v.find()).isTrue();
        version = v.group(1);
        commit = ExternalTool.run(null, List.of("git", "rev-parse", "--short=12", "HEAD")).out().strip();
        assertThat(RELEASE.resolve("SHA256SUMS")).as("mvn verify (or package -Prelease) makes target/release/").isRegularFile();
        Cli.Result built = Cli.run("build", PLANS.toString(), "--out", site.toString());
        assertThat(built.exitCode()).as(built.err()).isZero();
        expected = SiteDocuments.of(site);
        assertThat(expected.keySet()).contains("index.html", "spp-sisaket-2.pdf");
    }

    @Test
    void theZipNeedsOnlyAJavaAndWritesWhatADevelopersBuildWrites() throws IOException {
        Path install = unpack("plan-" + version + ".zip");
        Path launcher = install.resolve("bin/plan");
        assertThat(Files.isExecutable(launcher)).as("bin/plan keeps its mode in the zip").isTrue();
        Map<String, String> before = listing(install);

        Path home = Files.createDirectory(dir.resolve("home"));
        ExternalTool.Result built = run(launcher, javaBin() + ":" + tools(), home, "build", PLANS.toString(), "--out",
                dir.resolve("site").toString());
        assertThat(built.exit()).as(built.err()).isZero();
        SiteDocuments.assertSame(SiteDocuments.of(dir.resolve("site")), expected);

        assertThat(listing(install)).as("nothing is written into the install folder").isEqualTo(before);
        try (Stream<Path> caches = Files.list(home.resolve(".cache/plan/startup"))) {
            assertThat(caches.map(p -> p.getFileName().toString()).toList())
                    .as("the start-up cache is made on first use in the user's cache folder, per version and Java")
                    .singleElement().asString().startsWith("plan-" + version + "-" + commit + "-java").endsWith(".aot");
        }
        ExternalTool.Result again = run(launcher, javaBin() + ":" + tools(), home, "--version");
        assertThat(again.out().strip()).isEqualTo(thaiVersionLine());
    }

    @Test
    void theRuntimeTarballNeedsNoJavaAtAll() throws IOException {
        Path install = unpack("plan-" + version + "-linux-x64.tar.gz");
        assertThat(install.resolve("runtime/bin/java")).isExecutable();
        Path home = Files.createDirectory(dir.resolve("home"));
        ExternalTool.Result built = run(install.resolve("bin/plan"), tools().toString(), home, "build",
                PLANS.toString(), "--out", dir.resolve("site").toString());
        assertThat(built.exit()).as(built.err()).isZero();
        SiteDocuments.assertSame(SiteDocuments.of(dir.resolve("site")), expected);
        ExternalTool.Result v = run(install.resolve("bin/plan"), tools().toString(), home, "--version");
        assertThat(v.out().strip()).isEqualTo(thaiVersionLine());
    }

    /** Without any Java, the launcher says in Thai and English what to install, and exits 2. */
    @Test
    void withoutJavaTheLauncherSaysWhatToInstall() throws IOException {
        Path install = unpack("plan-" + version + ".tar.gz");
        ExternalTool.Result r = run(install.resolve("bin/plan"), tools().toString(), dir, "--version");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("ต้องใช้ Java 21 ขึ้นไป").contains("needs Java 21 or newer").contains("Temurin");
    }

    /** PLAN_JAVA_OPTS comes after plan's own flags, and after JDK_JAVA_OPTIONS, so the user's flag wins. */
    @Test
    void planJavaOptsWinsOverPlansOwnFlags() throws IOException {
        Path install = unpack("plan-" + version + ".tar.gz");
        ExternalTool.Result r = ExternalTool.run(null, List.of("env", "-i", "HOME=" + dir, "PATH=" + javaBin() + ":" + tools(),
                "PLAN_STARTUP_CACHE=off", "JDK_JAVA_OPTIONS=-Xmx200m", "PLAN_JAVA_OPTS=-Xmx500m -XshowSettings:vm",
                install.resolve("bin/plan").toString(), "--version"));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err() + r.out()).contains("Max. Heap Size: 500.00M");
    }

    @Test
    void theDebianPackageInstallsRunsReadOnlyAndRemovesCleanly() throws IOException {
        assertThat(ExternalTool.run(null, List.of("id", "-u")).out().strip()).as("dpkg -i needs root (CI runs as root)")
                .isEqualTo("0");
        Path deb = RELEASE.resolve("plan_" + version + "_amd64.deb").toAbsolutePath();
        ExternalTool.Result installed = ExternalTool.run(null, List.of("dpkg", "-i", deb.toString()));
        assertThat(installed.exit()).as(installed.err()).isZero();
        try {
            Path opt = Path.of("/opt/plan");
            assertThat(Path.of("/usr/bin/plan")).isSymbolicLink();
            Map<String, String> before = listing(opt);
            // A folder an unprivileged user can read and write: @TempDir folders are root's alone.
            Path shared = Files.createTempDirectory(Path.of("/tmp"), "plan-deb-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxrwxrwx")));
            try {
                Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
                Path plans = shared.resolve("plans");
                ExternalTool.run(null, List.of("cp", "-r", PLANS.toString(), plans.toString()));
                ExternalTool.run(null, List.of("chmod", "-R", "a+rwX", shared.toString()));
                ExternalTool.Result built = ExternalTool.run(null, List.of("runuser", "-u", "nobody", "--", "env", "-i",
                        "HOME=" + shared, "PATH=/usr/bin:/bin", "plan", "build", plans.toString(), "--out",
                        shared.resolve("site").toString()));
                assertThat(built.exit()).as(built.err()).isZero();
                SiteDocuments.assertSame(SiteDocuments.of(shared.resolve("site")), expected);
                ExternalTool.Result v = ExternalTool.run(null, List.of("runuser", "-u", "nobody", "--", "env", "-i",
                        "HOME=" + shared, "PATH=/usr/bin:/bin", "plan", "--version"));
                assertThat(v.out().strip()).isEqualTo(thaiVersionLine());
                assertThat(listing(opt)).as("nothing is written into /opt/plan").isEqualTo(before);
                assertThat(shared.resolve(".cache/plan/startup")).isDirectory();
            } finally {
                ExternalTool.run(null, List.of("rm", "-rf", shared.toString()));
            }
        } finally {
            ExternalTool.Result removed = ExternalTool.run(null, List.of("dpkg", "-r", "plan"));
            assertThat(removed.exit()).as(removed.err()).isZero();
        }
        assertThat(Path.of("/opt/plan")).doesNotExist();
        assertThat(Path.of("/usr/bin/plan")).doesNotExist();
    }

    @Test
    void checksumsCoverEveryReleaseFileAndHold() throws IOException {
        List<String> named = Files.readAllLines(RELEASE.resolve("SHA256SUMS")).stream()
                .map(l -> l.substring(l.indexOf("  ") + 2)).sorted().toList();
        assertThat(named).containsExactly("plan-" + version + "-linux-x64.tar.gz", "plan-" + version + ".tar.gz",
                "plan-" + version + ".zip", "plan_" + version + "_amd64.deb");
        ExternalTool.Result check = ExternalTool.run(RELEASE, List.of("sha256sum", "-c", "SHA256SUMS"));
        assertThat(check.exit()).as(check.out() + check.err()).isZero();
        // The runtime tarball stays small enough to download on an office's connection: under 80 MiB.
        assertThat(Files.size(RELEASE.resolve("plan-" + version + "-linux-x64.tar.gz"))).isLessThan(80L << 20);
    }

    /** NOTICE names every bundled library, the font and the word list; licences of the latter two ride along. */
    @Test
    void noticeNamesEveryBundledWork() throws IOException {
        Path install = unpack("plan-" + version + ".tar.gz");
        String notice = Files.readString(install.resolve("NOTICE"));
        try (Stream<Path> jars = Files.list(install.resolve("lib"))) {
            for (Path jar : jars.toList()) {
                String name = jar.getFileName().toString();
                if (!name.equals("plan.jar")) {
                    String artifact = name.replaceFirst("-\\d[^-]*(-[a-z0-9_-]+)?\\.jar$", "");
                    assertThat(notice).as(name).contains(":" + artifact + ":");
                }
            }
        }
        assertThat(notice).contains("Sarabun").contains("SIL Open Font License").contains("wordcut");
        assertThat(install.resolve("licenses/Sarabun-OFL.txt")).isNotEmptyFile();
        assertThat(install.resolve("licenses/wordcut-LICENSE.txt")).isNotEmptyFile();
        assertThat(install.resolve("LICENSE")).isNotEmptyFile();
        assertThat(Files.readString(install.resolve("CHANGELOG.md"))).contains("## [" + version + "]");
    }

    /**
     * What cannot be run here, the Windows launcher, is held to its text: CRLF line ends (cmd
     * finds labels reliably only then), UTF-8 on the console while plan runs, the arguments
     * handed over in Unicode too, and plan's exit code returned.
     */
    @Test
    void theWindowsLauncherPassesArgumentsAndTheExitCodeThrough() throws IOException {
        Path install = unpack("plan-" + version + ".zip");
        byte[] bytes = Files.readAllBytes(install.resolve("bin/plan.cmd"));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text.split("\n", -1)).allMatch(line -> line.isEmpty() || line.endsWith("\r"));
        assertThat(text).contains("chcp 65001").contains("set \"PLAN_ARGS=%*\"").contains("-Dplan.args.env=PLAN_ARGS")
                .contains("plan.cli.Main %*").contains("endlocal & exit /b %PLAN_EXIT%")
                .contains("set \"PLAN_VERSION=" + version + "\"").contains("%LOCALAPPDATA%\\plan\\startup")
                .contains("ต้องใช้ Java 21 ขึ้นไป").contains("needs Java 21 or newer").doesNotContain("@VERSION@");
    }

    private Path unpack(String file) throws IOException {
        Path into = Files.createDirectories(dir.resolve("install"));
        Path archive = RELEASE.resolve(file).toAbsolutePath();
        ExternalTool.Result r = file.endsWith(".zip")
                ? ExternalTool.run(into, List.of("unzip", "-q", archive.toString()))
                : ExternalTool.run(into, List.of("tar", "-xzf", archive.toString()));
        assertThat(r.exit()).as(r.err()).isZero();
        return into.resolve("plan-" + version);
    }

    /** Runs an installed launcher with only PATH and an empty HOME in its environment. */
    private static ExternalTool.Result run(Path launcher, String path, Path home, String... args) {
        List<String> command = new ArrayList<>(List.of("env", "-i", "HOME=" + home, "PATH=" + path, launcher.toString()));
        command.addAll(List.of(args));
        return ExternalTool.run(null, command);
    }

    /** The bin folder of the JDK the tests run on (21 or newer). */
    private static Path javaBin() {
        return Path.of(System.getProperty("java.home"), "bin");
    }

    /** A folder of the few programs a launcher may use, and nothing else: no Maven, no npm, no Java. */
    private Path tools() throws IOException {
        Path tools = dir.resolve("tools");
        if (!Files.isDirectory(tools)) {
            Files.createDirectories(tools);
            for (String name : List.of("sh", "readlink", "mkdir", "mv", "rm", "sed", "cat")) {
                String found = ExternalTool.run(null, List.of("sh", "-c", "command -v " + name)).out().strip();
                assertThat(found).as(name).isNotEmpty();
                Files.createSymbolicLink(tools.resolve(name), Path.of(found));
            }
        }
        return tools;
    }

    /** Every path below {@code folder} with its size and time, to prove that nothing was written there. */
    private static Map<String, String> listing(Path folder) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.toList()) {
                out.put(folder.relativize(p).toString(), Files.isRegularFile(p)
                        ? Files.size(p) + " " + Files.getLastModifiedTime(p) : "dir " + Files.getLastModifiedTime(p));
            }
        }
        return out;
    }

    /** What {@code plan --version} says with no language set anywhere: Thai, the default (issue 31). */
    private String thaiVersionLine() {
        return "plan รุ่น " + version + " (คอมมิต " + commit + ")";
    }
}
