package plan.render.pdf.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shaping cache shared by the renders of a build: same glyphs as shaping anew, bounded, thread-safe. */
class ShaperTest {
    static final List<String> TEXTS = List.of("วิสัยทัศน์", "ยุทธศาสตร์ที่ 1 พัฒนาคุณภาพผู้เรียน", "ผู้ใหญ่ที่น้ำใจงาม",
            "เป้าประสงค์", "Strategy 2: Office", "กำหนดการ ๒๕๖๘", "ตัวชี้วัด ค่าเป้าหมาย");
    static PdfFonts fonts;

    @BeforeAll
    static void load() throws Exception {
        fonts = PdfFonts.bundled();
    }

    /** The cache's key writes equals and hashCode out; they mean what a record's would. */
    @Test
    void keysAreEqualByFaceSizeAndText() {
        Shaper.Key key = new Shaper.Key(1, 14f, "วิสัยทัศน์");
        assertThat(new Shaper.Key(1, 14f, "วิสัยทัศน์")).isEqualTo(key).hasSameHashCodeAs(key);
        assertThat(new Shaper.Key(2, 14f, "วิสัยทัศน์")).isNotEqualTo(key);
        assertThat(new Shaper.Key(1, 14.5f, "วิสัยทัศน์")).isNotEqualTo(key);
        assertThat(new Shaper.Key(1, 14f, "วิสัยทัศน")).isNotEqualTo(key);
        assertThat(new Shaper.Key(0, -0f, "x")).isNotEqualTo(new Shaper.Key(0, 0f, "x"));
        assertThat(new Shaper.Key(0, Float.NaN, "x")).isEqualTo(new Shaper.Key(0, Float.NaN, "x"));
    }

    @Test
    void aRememberedShapingIsTheSameAsAFreshOneInEveryFaceAndSize() throws Exception {
        FontSet first = FontSet.load(fonts);
        FontSet second = FontSet.load(fonts); // another render's copy of the fonts shares the cache
        for (String text : TEXTS) {
            for (float size : new float[] {11f, 16f}) {
                ShapedRun fresh = second.shaper.fresh(second.bold, size, text);
                ShapedRun cached = first.shaper.shape(first.bold, size, text);
                ShapedRun hit = second.shaper.shape(second.bold, size, text);
                assertThat(hit).isSameAs(cached);
                assertThat(hit.sameAs(fresh)).as(text).isTrue();
                assertThat(hit.size()).isPositive();
            }
            // Another face gives other glyph positions: never the bold one's.
            ShapedRun regular = first.shaper.shape(first.regular, 11f, text);
            assertThat(regular).isNotSameAs(first.shaper.shape(first.bold, 11f, text));
            assertThat(regular.sameAs(first.shaper.fresh(first.regular, 11f, text))).isTrue();
        }
    }

    @Test
    void theThaiMarksKeepTheirPlacesAndCharIndices() throws Exception {
        FontSet set = FontSet.load(fonts);
        String text = "ผู้ใหญ่ที่น้ำใจงาม";
        ShapedRun run = set.shaper.shape(set.regular, 14f, text);
        ShapedRun fresh = set.shaper.fresh(set.regular, 14f, text);
        var gv = run.asGlyphVector();
        assertThat(gv.getNumGlyphs()).isEqualTo(fresh.size());
        for (int g = 0; g < run.size(); g++) {
            assertThat(gv.getGlyphCode(g)).isEqualTo(fresh.code(g));
            assertThat(gv.getGlyphCharIndex(g)).isEqualTo(fresh.charIndex(g)).isBetween(0, text.length() - 1);
            assertThat(run.y(g)).isEqualTo(fresh.y(g));
        }
    }

    @Test
    void openPdfsOwnDrawingGetsWhatAwtWouldGiveIt() throws Exception {
        FontSet set = FontSet.load(fonts);
        // OpenPDF's layout manager as it comes, without the cache, on the same font file
        org.openpdf.text.pdf.GlyphLayoutManager plain = new org.openpdf.text.pdf.GlyphLayoutManager(
                new org.openpdf.text.pdf.GlyphLayoutFontManager()
                        .setFontCaching(org.openpdf.text.pdf.GlyphLayoutFontManager.FontCaching.OFF));
        org.openpdf.text.pdf.BaseFont plainRegular = plain.loadFont(fonts.regular().toString(), 16f).getBaseFont();
        for (String text : TEXTS) {
            set.layout.computeGlyphVector(set.regular, 13f, text); // fills the cache
            java.awt.font.GlyphVector cached = set.layout.computeGlyphVector(set.regular, 13f, text);
            java.awt.font.GlyphVector awt = plain.computeGlyphVector(plainRegular, 13f, text);
            assertThat(cached).isNotInstanceOf(awt.getClass());
            assertThat(cached.getNumGlyphs()).isEqualTo(awt.getNumGlyphs()).isPositive();
            for (int g = 0; g <= awt.getNumGlyphs(); g++) {
                assertThat(cached.getGlyphPosition(g)).isEqualTo(awt.getGlyphPosition(g));
                if (g < awt.getNumGlyphs()) {
                    assertThat(cached.getGlyphCode(g)).isEqualTo(awt.getGlyphCode(g));
                    assertThat(cached.getGlyphCharIndex(g)).isEqualTo(awt.getGlyphCharIndex(g));
                    assertThat(cached.getGlyphMetrics(g).getAdvanceX()).isEqualTo(awt.getGlyphMetrics(g).getAdvanceX());
                    assertThat(cached.getGlyphMetrics(g).getAdvanceY()).isEqualTo(awt.getGlyphMetrics(g).getAdvanceY());
                }
            }
        }
    }

    @Test
    void theCacheStaysWithinItsBoundAndKeepsWhatRecurs() {
        AtomicInteger computed = new AtomicInteger();
        RecurringTextMemo<String, int[]> cache = new RecurringTextMemo<>(10_000, (k, v) -> 4L * v.length + 2L * k.length());
        int[] recurring = cache.get("หัวข้อ", k -> {
            computed.incrementAndGet();
            return new int[10];
        });
        for (int i = 0; i < 5_000; i++) {
            cache.get("text " + i, k -> new int[20]);
            // what recurs is asked for again and again: it stays
            assertThat(cache.get("หัวข้อ", k -> {
                computed.incrementAndGet();
                return new int[10];
            })).isSameAs(recurring);
            assertThat(cache.bytes()).isLessThanOrEqualTo(10_000 + 2 * 100); // the bound, give or take an entry a generation
        }
        assertThat(computed).hasValue(1);
        assertThat(cache.size()).isBetween(10_000 / 2 / 100, 10_200 / 80);
        // what does not recur was let go
        AtomicInteger again = new AtomicInteger();
        cache.get("text 0", k -> {
            again.incrementAndGet();
            return new int[20];
        });
        assertThat(again).hasValue(1);
    }

    @Test
    void longTextsAreShapedButNotRemembered() throws Exception {
        FontSet set = FontSet.load(PdfFonts.bundled());
        String longText = "ก".repeat(Shaper.LONGEST_REMEMBERED + 1);
        ShapedRun a = set.shaper.shape(set.regular, 11f, longText);
        ShapedRun b = set.shaper.shape(set.regular, 11f, longText);
        assertThat(a).isNotSameAs(b);
        assertThat(a.sameAs(b)).isTrue();
    }

    @Test
    void rendersOnSeveralThreadsGetTheSameGlyphsAsAlone() throws Exception {
        PdfFonts shared = PdfFonts.bundled();
        FontSet alone = FontSet.load(shared);
        List<ShapedRun> expected = new ArrayList<>();
        for (String t : TEXTS) {
            expected.add(alone.shaper.fresh(alone.regular, 12f, t));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                int offset = thread;
                results.add(pool.submit(() -> {
                    FontSet own = FontSet.load(shared); // one FontSet per render, as PdfRenderer does
                    boolean same = true;
                    for (int round = 0; round < 200; round++) {
                        int i = (round + offset) % TEXTS.size();
                        same &= own.shaper.shape(own.regular, 12f, TEXTS.get(i)).sameAs(expected.get(i));
                    }
                    return same;
                }));
            }
            for (Future<Boolean> r : results) {
                assertThat(r.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(shared.shapings().size()).isEqualTo(TEXTS.size());
    }
}
