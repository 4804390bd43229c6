package plan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/**
 * picocli is compiled from its sources with plan (see pom.xml), not taken as its published jar,
 * whose Java 5 class files the JDK's start-up cache cannot hold. Every command pays for those
 * classes at start-up, so a return to the jar must be a deliberate choice that fails this test.
 */
class PicocliBytecodeTest {
    private static final int JAVA_21 = 65;

    @Test
    void picocliClassesAreAsNewAsPlansOwn() throws IOException {
        assertThat(classFileVersion(CommandLine.class)).isGreaterThanOrEqualTo(JAVA_21)
                .isEqualTo(classFileVersion(Main.class));
        assertThat(CommandLine.class.getProtectionDomain().getCodeSource().getLocation())
                .isEqualTo(Main.class.getProtectionDomain().getCodeSource().getLocation());
    }

    /** The major version: bytes 6 and 7 of a class file, after the magic number and minor version. */
    private static int classFileVersion(Class<?> type) throws IOException {
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
            assertThat(in).as(type.getName()).isNotNull();
            byte[] head = in.readNBytes(8);
            assertThat(head).hasSize(8);
            return ((head[6] & 0xff) << 8) | (head[7] & 0xff);
        }
    }
}
