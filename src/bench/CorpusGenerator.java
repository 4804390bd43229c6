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
 * With {@code --action OUT N PROJECTS SOURCE}: N action plans of PROJECTS projects each, made
 * from an action plan by repeating its projects under new ids (their budgets still add up).
 */
public final class CorpusGenerator {
    public static void main(String[] args) throws IOException {
        if (args[0].equals("--action")) {
            actionPlans(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    Files.readString(Path.of(args[4]), StandardCharsets.UTF_8));
            return;
        }
        Path out = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        List<String> sources = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            sources.add(Files.readString(Path.of(args[i]), StandardCharsets.UTF_8));
        }
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("no source plans given");
        }
        clean(out);
        for (int n = 1; n <= count; n++) {
            String id = String.format("bench-%04d", n);
            String text = variant(sources.get((n - 1) % sources.size()), id, n);
            Files.writeString(out.resolve(id + ".plan.yaml"), text, StandardCharsets.UTF_8);
        }
    }

    static void actionPlans(Path out, int count, int projects, String source) throws IOException {
        int start = source.indexOf("\nprojects:\n");
        int end = source.indexOf("\noutline:", start);
        if (start < 0) {
            throw new IllegalArgumentException("the source has no projects");
        }
        String head = source.substring(0, start + 1);
        String tail = end < 0 ? "" : source.substring(end + 1);
        String[] blocks = source.substring(start + "\nprojects:\n".length(), end < 0 ? source.length() : end + 1)
                .split("(?m)^(?=  - id: )");
        StringBuilder body = new StringBuilder("projects:\n");
        for (int p = 1; p <= projects; p++) {
            String block = blocks[(p - 1) % blocks.length];
            block = block.replaceFirst("^  - id: \\S+", "  - id: P" + p)
                    .replaceAll("(?m)^(\\s+- id: )[^\\s-]+-(\\d+)$", "$1P" + p + "-$2");
            body.append(block);
        }
        clean(out);
        for (int n = 1; n <= count; n++) {
            String id = String.format("action-%04d", n);
            Files.writeString(out.resolve(id + ".plan.yaml"), variant(head + body + tail, id, n), StandardCharsets.UTF_8);
        }
    }

    private static void clean(Path out) throws IOException {
        Files.createDirectories(out);
        try (Stream<Path> old = Files.list(out)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
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
