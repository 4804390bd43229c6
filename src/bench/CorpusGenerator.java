import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a benchmark corpus: N plans made from the real plans and the valid examples, each with
 * its own id and a numbered organization, so no two outputs are the same file.
 * Run as a single-file program: {@code java src/bench/CorpusGenerator.java OUT N SOURCE...}.
 */
public final class CorpusGenerator {
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        List<String> sources = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            sources.add(Files.readString(Path.of(args[i]), StandardCharsets.UTF_8));
        }
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("no source plans given");
        }
        Files.createDirectories(out);
        try (Stream<Path> old = Files.list(out)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        for (int n = 1; n <= count; n++) {
            String id = String.format("bench-%04d", n);
            String text = variant(sources.get((n - 1) % sources.size()), id, n);
            Files.writeString(out.resolve(id + ".plan.yaml"), text, StandardCharsets.UTF_8);
        }
    }

    /** The source with its top-level id replaced and its organization name numbered. */
    static String variant(String source, String id, int n) {
        String text = source.startsWith("\uFEFF") ? source.substring(1) : source;
        text = text.replaceAll("(?m)^id:.*$", "id: " + id);
        if (!text.matches("(?s)(.*\\n)?id: .*")) {
            text = "id: " + id + "\n" + text;
        }
        // The organization's name is the first "  name:" under "organization:".
        return text.replaceFirst("(?m)(^organization:\\s*\\n\\s+name:\\s*)(.*)$", "$1$2 (" + n + ")");
    }
}
