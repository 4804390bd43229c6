package plan.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plan.testing.Cli;
import plan.testing.ExternalTool;

/**
 * The PDFs of the three seed plans and the examples, judged as a Thai reader would: where lines
 * end (checked by ICU and by swath, a Thai segmenter with its own dictionary that this program
 * does not use), how many lines reach the right margin, and how many letters a line holds.
 */
class ThaiTypesettingTest {
    static final String[] IDS = {"spp-sisaket-2", "spm-sisaket-yasothon", "spp-mahasarakham-2", "minimal", "full-example"};
    static final float RIGHT_EDGE = 595.28f - PdfStyles.MARGIN_RIGHT;

    @TempDir
    static Path site;
    /** The Thai text on both sides of every line end between two Thai letters, as "tail|head". */
    static List<Wrap> wraps = new ArrayList<>();
    static List<String> sentences = new ArrayList<>();

    record Wrap(String sentence, int at, String shown) {
    }

    @BeforeAll
    static void build() throws Exception {
        Cli.Result r = Cli.run("build", "plans", "examples/minimal.plan.yaml", "examples/full.plan.yaml",
                "--out", site.toString(), "--format", "md,pdf");
        assertThat(r.exitCode()).as(r.err()).isZero();
        for (String id : IDS) {
            List<String> source = ThaiText.sourceSentences(Fixture.parse(Files.readString(site.resolve(id + ".md"))));
            sentences.addAll(source);
            for (String page : PdfTools.pages(site.resolve(id + ".pdf"))) {
                collectWraps(ThaiText.normalizePage(page).split("\n"), source);
            }
        }
    }

    /** Finds each wrap between Thai letters in the sentence it belongs to. */
    private static void collectWraps(String[] lines, List<String> source) {
        for (int i = 0; i + 1 < lines.length; i++) {
            String a = lines[i];
            String b = lines[i + 1];
            if (a.isEmpty() || b.isEmpty() || !ThaiText.isThaiLetter(a.codePointBefore(a.length()))
                    || !ThaiText.isThaiLetter(b.codePointAt(0))) {
                continue;
            }
            String tail = a.substring(Math.max(0, a.length() - 20));
            String head = b.substring(0, Math.min(b.length(), 20));
            for (String s : source) {
                int at = s.indexOf(tail + head);
                if (at >= 0) {
                    wraps.add(new Wrap(s, at + tail.length(), tail + "|" + head));
                    break;
                }
            }
        }
    }

    @Test
    void everyThaiLineEndIsAnIcuBoundary() {
        BreakIterator icu = BreakIterator.getLineInstance(new ULocale("th"));
        List<String> wrong = new ArrayList<>();
        for (Wrap w : wraps) {
            icu.setText(w.sentence());
            if (!icu.isBoundary(w.at())) {
                wrong.add(w.shown());
            }
        }
        assertThat(wraps).as("wraps between Thai letters found in the sources").hasSizeGreaterThan(100);
        assertThat(wrong).as("line ends ICU does not allow").isEmpty();
    }

    @Test
    void atLeast99PercentOfThaiLineEndsAreSwathBoundaries() throws Exception {
        List<String> distinct = wraps.stream().map(Wrap::sentence).distinct().toList();
        List<BitSet> bounds = Swath.boundaries(distinct);
        List<String> wrong = new ArrayList<>();
        int judged = 0;
        for (Wrap w : wraps) {
            BitSet b = bounds.get(distinct.indexOf(w.sentence()));
            if (b == null) {
                continue;
            }
            judged++;
            if (!b.get(w.at())) {
                wrong.add(w.shown());
            }
        }
        assertThat(judged).isGreaterThan(wraps.size() * 9 / 10);
        assertThat(wrong.size()).as("line ends swath sees inside a word: %s", wrong).isLessThanOrEqualTo(judged / 100);
    }

    @Test
    void atLeast90PercentOfNonLastBodyLinesEndFlushRight() throws Exception {
        int flush = 0;
        int nonLast = 0;
        for (String id : IDS) {
            String xml = ExternalTool.ok(null, List.of("pdftotext", "-bbox-layout", site.resolve(id + ".pdf").toString(), "-"));
            for (List<float[]> block : blocks(xml)) {
                // Body paragraphs: blocks of several lines starting at the text area's left edge
                // (first-line indent aside) and reaching the right margin.
                float maxX = 0;
                for (float[] l : block) {
                    maxX = Math.max(maxX, l[1]);
                }
                if (block.size() < 2 || maxX < RIGHT_EDGE - 1.5f) {
                    continue;
                }
                for (int i = 0; i + 1 < block.size(); i++) {
                    nonLast++;
                    if (block.get(i)[1] >= RIGHT_EDGE - 1.5f) {
                        flush++;
                    }
                }
            }
        }
        assertThat(nonLast).isGreaterThan(100);
        assertThat((double) flush / nonLast).as("%d of %d non-last lines flush right", flush, nonLast)
                .isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void aFullBodyLineHolds75To100ThaiCharacters() throws Exception {
        List<Integer> counts = new ArrayList<>();
        Pattern linePattern = Pattern.compile(
                "<line xMin=\"([0-9.]+)\" yMin=\"[0-9.]+\" xMax=\"([0-9.]+)\"[^>]*>(.*?)</line>", Pattern.DOTALL);
        for (String id : IDS) {
            String xml = ExternalTool.ok(null, List.of("pdftotext", "-bbox-layout", site.resolve(id + ".pdf").toString(), "-"));
            Matcher line = linePattern.matcher(xml);
            while (line.find()) {
                float x0 = Float.parseFloat(line.group(1));
                float x1 = Float.parseFloat(line.group(2));
                String text = line.group(3).replaceAll("<[^>]+>", "").replaceAll("\\s+", "");
                // A line the whole width of the text area, in Thai: no Latin letters or digits.
                if (x0 < PdfStyles.MARGIN_LEFT + 2 && x0 > PdfStyles.MARGIN_LEFT - 2 && x1 > RIGHT_EDGE - 1.5f
                        && text.chars().noneMatch(c -> c < 128 && Character.isLetterOrDigit(c))) {
                    counts.add((int) text.codePoints().filter(ThaiText::isThaiLetter).count());
                }
            }
        }
        assertThat(counts).hasSizeGreaterThanOrEqualTo(5);
        double mean = counts.stream().mapToInt(Integer::intValue).average().orElse(0);
        assertThat(mean).as("Thai characters on a full line: %s", counts).isBetween(75.0, 100.0);
        assertThat(counts).allSatisfy(n -> assertThat(n).isBetween(65, 110));
    }

    /** The lines of each text block of pdftotext -bbox-layout, as {xMin, xMax}. */
    private static List<List<float[]>> blocks(String xml) {
        List<List<float[]>> out = new ArrayList<>();
        Matcher block = Pattern.compile("<block[^>]*>(.*?)</block>", Pattern.DOTALL).matcher(xml);
        Pattern linePattern = Pattern.compile("<line xMin=\"([0-9.]+)\" yMin=\"[0-9.]+\" xMax=\"([0-9.]+)\"");
        while (block.find()) {
            List<float[]> lines = new ArrayList<>();
            Matcher l = linePattern.matcher(block.group(1));
            while (l.find()) {
                lines.add(new float[] {Float.parseFloat(l.group(1)), Float.parseFloat(l.group(2))});
            }
            out.add(lines);
        }
        return out;
    }

    /** swath (Debian's Thai word segmenter, with its own dictionary), run once over many sentences. */
    static final class Swath {
        private Swath() {
        }

        /** Word boundaries of each sentence; null where swath changed the text (so it cannot be judged). */
        static List<BitSet> boundaries(List<String> sentences) throws Exception {
            Path in = Files.createTempFile("swath", ".txt");
            try {
                Files.writeString(in, String.join("\n", sentences) + "\n", StandardCharsets.UTF_8);
                String out = ExternalTool.ok(null, List.of("sh", "-c",
                        "swath -u u,u -b '|' < '" + in + "'"));
                String[] lines = out.split("\n", -1);
                List<BitSet> result = new ArrayList<>();
                for (int i = 0; i < sentences.size(); i++) {
                    result.add(i < lines.length ? align(sentences.get(i), lines[i]) : null);
                }
                return result;
            } finally {
                Files.deleteIfExists(in);
            }
        }

        private static BitSet align(String sentence, String marked) {
            BitSet b = new BitSet(sentence.length() + 1);
            int p = 0;
            for (int i = 0; i < marked.length(); i++) {
                char c = marked.charAt(i);
                if (c == '|' && (p >= sentence.length() || sentence.charAt(p) != '|')) {
                    b.set(p);
                } else if (p < sentence.length() && sentence.charAt(p) == c) {
                    p++;
                } else {
                    return null;
                }
            }
            b.set(0);
            b.set(sentence.length());
            return p == sentence.length() ? b : null;
        }
    }
}
