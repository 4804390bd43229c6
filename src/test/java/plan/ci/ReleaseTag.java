package plan.ci;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The tag of this version's release, v + the pom's own version: what examples may name as a ref of plan. */
final class ReleaseTag {
    private ReleaseTag() {
    }

    static String ofPom() {
        try {
            // The project's version is the first <version> after its artifactId (before any dependency).
            Matcher m = Pattern.compile("<artifactId>plan</artifactId>\\s*<version>([^<]+)</version>")
                    .matcher(Files.readString(Path.of("pom.xml")));
            if (!m.find()) {
                throw new IllegalStateException("pom.xml names no version for plan");
            }
            return "v" + m.group(1).replace("-SNAPSHOT", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
