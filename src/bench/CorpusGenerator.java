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
 *
 * <p>Cascade mode, {@code java src/bench/CorpusGenerator.java --cascade OUT SCHOOLS AREAS FRAMEWORKS}:
 * FRAMEWORKS frameworks (6 items, 3 nested under each), AREAS area plans aligning with every
 * framework, and SCHOOLS school plans, each the child of an area plan (in turn) whose every
 * strategy aligns with its parent and with every framework: what cross-file resolution meets.
 *
 * <p>Results mode, {@code java src/bench/CorpusGenerator.java --results OUT N PLAN RESULTS}: N
 * schools' action plans made from PLAN, each with a results file made from RESULTS naming it
 * ({@code NAME-year-end.results.yaml} beside {@code NAME.plan.yaml}). With {@code --results-plans} instead,
 * the same N plans without their results (the plans-alone measure to compare with).
 */
public final class CorpusGenerator {
    public static void main(String[] args) throws IOException {
        if (args[0].equals("--cascade")) {
            cascade(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            return;
        }
        if (args[0].equals("--results") || args[0].equals("--results-plans")) {
            withResults(Path.of(args[1]), Integer.parseInt(args[2]), Files.readString(Path.of(args[3]), StandardCharsets.UTF_8),
                    args[0].equals("--results") ? Files.readString(Path.of(args[4]), StandardCharsets.UTF_8) : null);
            return;
        }
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

    /** N plans {@code school-NNNN} from {@code plan}, each with its results from {@code results} (unless null). */
    static void withResults(Path out, int count, String plan, String results) throws IOException {
        clean(out);
        for (int n = 1; n <= count; n++) {
            String id = String.format("school-%04d", n);
            Files.writeString(out.resolve(id + ".plan.yaml"), variant(plan, id, n), StandardCharsets.UTF_8);
            if (results != null) {
                Files.writeString(out.resolve(id + "-year-end.results.yaml"),
                        results.replaceFirst("(?m)^plan:.*$", "plan: " + id), StandardCharsets.UTF_8);
            }
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

    static void cascade(Path out, int schools, int areas, int frameworks) throws IOException {
        clean(out);
        for (int f = 1; f <= frameworks; f++) {
            StringBuilder b = new StringBuilder("title: กรอบแผนทดสอบ " + f + "\nitems:\n");
            for (int i = 1; i <= 6; i++) {
                b.append("  - id: \"").append(i).append("\"\n    title: ข้อที่ ").append(i).append("\n    items:\n");
                for (int j = 1; j <= 3; j++) {
                    b.append("      - {id: \"").append(i).append('.').append(j).append("\", title: ข้อย่อย ")
                            .append(i).append('.').append(j).append("}\n");
                }
            }
            Files.writeString(out.resolve(String.format("fw-%02d.framework.yaml", f)), b, StandardCharsets.UTF_8);
        }
        for (int a = 1; a <= areas; a++) {
            Files.writeString(out.resolve(String.format("area-%03d.plan.yaml", a)),
                    plan(String.format("area-%03d", a), null, frameworks, a), StandardCharsets.UTF_8);
        }
        for (int s = 1; s <= schools; s++) {
            String parent = String.format("area-%03d", (s - 1) % areas + 1);
            Files.writeString(out.resolve(String.format("school-%04d.plan.yaml", s)),
                    plan(String.format("school-%04d", s), parent, frameworks, s), StandardCharsets.UTF_8);
        }
    }

    /** A plan of 4 goals and 8 strategies; each strategy aligns with every framework and the parent. */
    private static String plan(String id, String parent, int frameworks, int n) {
        StringBuilder b = new StringBuilder();
        b.append("id: ").append(id).append("\ntitle: แผนพัฒนาการศึกษา ").append(id)
                .append("\norganization:\n  name: หน่วยงานทดสอบ ").append(n)
                .append("\nperiod: {from: 2568, to: 2570}\nvision: ผู้เรียนมีคุณภาพ\n");
        if (parent != null) {
            b.append("parent: ").append(parent).append('\n');
        }
        b.append("align-to: [");
        for (int f = 1; f <= frameworks; f++) {
            b.append(f > 1 ? ", " : "").append(String.format("fw-%02d", f));
        }
        b.append("]\nmissions:\n  - {id: M1, text: พัฒนาผู้เรียน}\ngoals:\n");
        for (int g = 1; g <= 4; g++) {
            b.append("  - {id: G").append(g).append(", text: เป้าประสงค์ ").append(g).append(", missions: [M1]}\n");
        }
        b.append("strategies:\n");
        for (int s = 1; s <= 8; s++) {
            b.append("  - id: S").append(s).append("\n    title: กลยุทธ์ ").append(s)
                    .append("\n    goals: [G").append((s - 1) % 4 + 1).append("]\n    aligns: [");
            for (int f = 1; f <= frameworks; f++) {
                b.append(f > 1 ? ", " : "").append(String.format("fw-%02d:%d.%d", f, (s + n) % 6 + 1, s % 3 + 1));
            }
            if (parent != null) {
                b.append(", ").append(parent).append(":S").append(s);
            }
            b.append("]\n    guidelines: [แนวทาง ").append(s).append("]\n");
        }
        return b.toString();
    }

}
