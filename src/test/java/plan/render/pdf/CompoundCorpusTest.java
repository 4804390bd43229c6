package plan.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.BaseFont;
import plan.render.pdf.text.FontSet;
import plan.render.pdf.text.ParagraphLayout;
import plan.render.pdf.text.PdfFonts;
import plan.render.pdf.text.ThaiLexicon;
import plan.render.pdf.text.ThaiLineBreaker;
import plan.render.pdf.text.TypesettingBudget;

/**
 * Sentences with compounds (src/test/resources/.../compounds.txt, compounds in braces), laid out
 * at every width from a few words to a full line: no line may end inside a compound, and every
 * line end must be one ICU allows.
 */
class CompoundCorpusTest {
    record Sentence(String text, List<int[]> compounds) {
    }

    static List<Sentence> corpus = new ArrayList<>();
    static FontSet fonts;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = CompoundCorpusTest.class.getResourceAsStream("compounds.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                StringBuilder text = new StringBuilder();
                List<int[]> compounds = new ArrayList<>();
                int open = -1;
                for (char c : line.strip().toCharArray()) {
                    if (c == '{') {
                        open = text.length();
                    } else if (c == '}') {
                        compounds.add(new int[] {open, text.length()});
                    } else {
                        text.append(c);
                    }
                }
                corpus.add(new Sentence(text.toString(), compounds));
            }
        }
        fonts = FontSet.load(PdfFonts.bundled());
    }

    @Test
    void theCorpusIsWhatItClaims() {
        ThaiLineBreaker breaker = new ThaiLineBreaker();
        int icuSplits = 0;
        for (Sentence s : corpus) {
            BitSet icu = breaker.icuBreaks(s.text());
            if (s.compounds().stream().anyMatch(c -> icu.get(c[0] + 1, c[1]).cardinality() > 0)) {
                icuSplits++;
            }
        }
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(50).allSatisfy(s -> assertThat(s.compounds()).isNotEmpty());
        // Every braced word is one the bundled lexicon knows (wordcut's lists or our planning words).
        assertThat(corpus.stream().flatMap(s -> s.compounds().stream().map(c -> s.text().substring(c[0], c[1]))))
                .allSatisfy(w -> assertThat(ThaiLexicon.bundled().contains(w)).as(w).isTrue());
        assertThat(icuSplits).as("sentences where ICU alone would split a compound").isGreaterThanOrEqualTo(50);
    }

    @Test
    void noLineEndsInsideACompoundAtAnyWidth() {
        ThaiLineBreaker breaker = new ThaiLineBreaker();
        BaseFont font = fonts.regular;
        float size = 11f;
        List<String> wrong = new ArrayList<>();
        int lineEnds = 0;
        for (Sentence s : corpus) {
            BitSet icu = breaker.icuBreaks(s.text());
            ParagraphLayout layout = new ParagraphLayout(s.text(), List.of(new ParagraphLayout.StyledRun(0,
                    s.text().length(), font, size, Color.BLACK, false, false, false, null, null, null)), breaker,
                    fonts.shaper, TypesettingBudget.unlimited());
            for (float width = 60; width <= 460; width += 2.5f) {
                for (ParagraphLayout.Line line : layout.lines(width, width)) {
                    if (line.to() >= s.text().length()) {
                        continue;
                    }
                    lineEnds++;
                    int end = line.to();
                    for (int[] c : s.compounds()) {
                        if (end > c[0] && end < c[1]) {
                            wrong.add(width + ": " + s.text().substring(0, end) + "|" + s.text().substring(end));
                        }
                    }
                    if (!icu.get(end)) {
                        wrong.add(width + " (not an ICU boundary): " + s.text().substring(0, end) + "|");
                    }
                }
            }
        }
        assertThat(lineEnds).isGreaterThan(5000);
        assertThat(wrong).isEmpty();
    }
}
