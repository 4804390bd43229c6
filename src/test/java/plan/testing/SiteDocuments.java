package plan.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The documents a build published in a folder, for comparing two builds byte for byte. */
public final class SiteDocuments {
    private SiteDocuments() {
    }

    /** Every file below {@code folder} by relative name, leaving out the build's own state (.plan*). */
    public static Map<String, byte[]> of(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String name = folder.relativize(p).toString();
                if (!name.startsWith(".plan")) {
                    files.put(name, Files.readAllBytes(p));
                }
            }
        }
        return files;
    }

    /** The same documents, each of the same bytes (the failure names the first that differs). */
    public static void assertSame(Map<String, byte[]> actual, Map<String, byte[]> expected) {
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((name, bytes) -> assertThat(actual.get(name)).as(name).isEqualTo(bytes));
    }
}
