import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the rendering threads of a build spend their time, by stage, from a JFR recording made
 * with {@code settings=profile}: {@code java src/bench/ProfileSplit.java FILE.jfr PLANS}.
 * Prints milliseconds a plan per stage. A sample counts for its sampling period (profile.jfc:
 * 10 ms for threads running Java, 20 ms for threads in native code such as zlib); a sample goes
 * to the first stage in the list below whose pattern is anywhere in its stack, so compression
 * inside PDF writing counts as compression. The JIT compiler threads are not sampled: see
 * {@code jfr view thread-cpu-load FILE.jfr} for them.
 */
public final class ProfileSplit {
    private static final Map<String, List<String>> STAGES = new LinkedHashMap<>();

    static {
        STAGES.put("pdf: deflate", List.of("java.util.zip.Deflater"));
        STAGES.put("hashing", List.of("java.security.MessageDigest", "sun.security.provider"));
        STAGES.put("pdf: Thai word boundaries", List.of("plan.render.pdf.text.ThaiLineBreaker", "plan.render.pdf.text.ThaiLexicon",
                "com.ibm.icu.text.RuleBasedBreakIterator"));
        STAGES.put("pdf: shaping", List.of("GlyphLayoutManager.computeGlyphVector", "plan.render.pdf.text.Shaper", "sun.font."));
        STAGES.put("pdf: tagging", List.of("plan.render.pdf.tagged.Tagging", "plan.render.pdf.tagged.TaggedLinks", "PdfStructureElement"));
        STAGES.put("pdf: line breaking", List.of("plan.render.pdf.text.ParagraphLayout"));
        STAGES.put("pdf: content streams", List.of("plan.render.pdf.LineDrawing", "org.openpdf.text.pdf.PdfContentByte"));
        STAGES.put("pdf: writing (objects, font subsets)", List.of("org.openpdf.text.pdf.PdfWriter", "PdfDocument.close"));
        STAGES.put("pdf: other (OpenPDF layout, ...)", List.of("plan.render.pdf."));
        STAGES.put("markdown: parsing (flexmark)", List.of("plan.render.markdown.MarkdownParser"));
        STAGES.put("html", List.of("plan.render.html.", "com.vladsch.flexmark.html"));
        STAGES.put("markdown: template (FreeMarker)", List.of("plan.render.markdown.", "plan.render.TemplateEngine", "freemarker."));
        STAGES.put("site (render/site)", List.of("plan.render.site."));
        STAGES.put("check (load, bind, rules)", List.of("plan.check.", "plan.bind.", "plan.load.", "org.yaml.snakeyaml"));
        STAGES.put("workspace, app (caches, publishing)", List.of("plan.workspace.", "plan.cache.", "plan.app."));
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java src/bench/ProfileSplit.java FILE.jfr PLANS");
            System.exit(2);
        }
        int plans = Integer.parseInt(args[1]);
        Map<String, Long> ms = new TreeMap<>();
        long total = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
            String type = e.getEventType().getName();
            int weight = switch (type) {
                case "jdk.ExecutionSample" -> 10;
                case "jdk.NativeMethodSample" -> 20;
                default -> 0;
            };
            if (weight == 0 || e.getStackTrace() == null) {
                continue;
            }
            ms.merge(stage(e.getStackTrace().getFrames()), (long) weight, Long::sum);
            total += weight;
        }
        System.out.printf("%-40s %8s %6s%n", "stage (rendering threads)", "ms/plan", "share");
        long all = total;
        ms.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(x -> System.out.printf("%-40s %8.1f %5.1f%%%n", x.getKey(), x.getValue() / (double) plans,
                        100.0 * x.getValue() / all));
        System.out.printf("%-40s %8.1f%n", "total", total / (double) plans);
    }

    private static String stage(List<RecordedFrame> frames) {
        for (Map.Entry<String, List<String>> s : STAGES.entrySet()) {
            for (RecordedFrame f : frames) {
                String name = f.getMethod().getType().getName() + "." + f.getMethod().getName();
                for (String pattern : s.getValue()) {
                    if (name.contains(pattern)) {
                        return s.getKey();
                    }
                }
            }
        }
        return "other (JVM, start-up, ...)";
    }
}
