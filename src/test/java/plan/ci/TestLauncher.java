package plan.ci;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A stand-in for the {@code ./plan} launcher, given to the CI scripts as PLAN_LAUNCHER: it runs
 * the classes under test on this JVM's class path. The real launcher would build the jar with
 * Maven, which a test running inside Maven must not do (and which takes a minute).
 */
final class TestLauncher {
    private TestLauncher() {
    }

    /** Writes the script into {@code dir} and returns its path. */
    static Path write(Path dir) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String script = "#!/usr/bin/env bash\n"
                + "exec " + quote(java) + " -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dfile.encoding=UTF-8"
                + " -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -cp " + quote(System.getProperty("java.class.path"))
                + " plan.cli.Main \"$@\"\n";
        try {
            Path file = dir.resolve("plan-launcher");
            Files.writeString(file, script);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
