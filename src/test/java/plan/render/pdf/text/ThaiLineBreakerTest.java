package plan.render.pdf.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

/** ICU's Thai dictionary, where the JDK's breaker cuts words ("มีค|วาม", "หลักข|องชาติ"). */
class ThaiLineBreakerTest {
    private final ThaiLineBreaker breaker = new ThaiLineBreaker();

    @Test
    void breaksBetweenWordsOnly() {
        String text = "มีความสุขตามหลักของชาติ";
        BitSet b = breaker.breaks(text);
        assertThat(b.get(3)).as("มีค|วาม").isFalse();
        assertThat(b.get(text.indexOf("ข", 14) + 1)).as("หลักข|องชาติ").isFalse();
        assertThat(b.get(text.indexOf("ความ"))).as("มี|ความ").isTrue();
        assertThat(String.join("|", breaker.segments("ที่นี่ ปั้น น้ำ ญี่ปุ่น")))
                .isEqualTo("ที่|นี่|ปั้น|น้ำ|ญี่ปุ่น");
    }

    @Test
    void anEraAndItsYearStayOnOneLine() {
        assertThat(String.join("|", breaker.segments("รายงาน ปีงบประมาณ พ.ศ. 2568 ของโรงเรียน")))
                .as("ICU alone ends a line after the space").contains("พ.ศ. 2568").doesNotContain("พ.ศ.|");
        assertThat(breaker.icuBreaks("พ.ศ. 2568").get(5)).as("what ICU would allow").isTrue();
        assertThat(breaker.breaks("พ.ศ. 2568").get(5)).isFalse();
        assertThat(breaker.breaks("ค.ศ. 2025").get(5)).isFalse();
        assertThat(breaker.breaks("พ.ศ. ๒๕๖๘").get(5)).as("in Thai digits").isFalse();
        assertThat(breaker.breaks("ถึง พ.ศ. นั้น").get(9)).as("an era without a year is no different").isTrue();
    }

    @Test
    void compoundsThatIcuSplitsStayWhole() {
        String text = "ศึกษาที่มีประสิทธิภาพ พื้นฐาน เป้าหมาย สิ่งแวดล้อม ความเหลื่อมล้ำ เท่าเทียม แลกเปลี่ยน";
        BitSet icu = breaker.icuBreaks(text);
        BitSet both = breaker.breaks(text);
        for (String seam : new String[] {"พื้น|ฐาน", "เป้า|หมาย", "สิ่ง|แวดล้อม", "เหลื่อม|ล้ำ", "เท่า|เทียม", "แลก|เปลี่ยน"}) {
            int at = text.indexOf(seam.replace("|", "")) + seam.indexOf('|');
            assertThat(icu.get(at)).as("ICU alone breaks " + seam).isTrue();
            assertThat(both.get(at)).as("no break in " + seam).isFalse();
        }
        // Where both agree, the break stays: ความ|เหลื่อมล้ำ, มี|ประสิทธิภาพ.
        assertThat(both.get(text.indexOf("เหลื่อมล้ำ"))).isTrue();
        assertThat(both.get(text.indexOf("ประสิทธิภาพ"))).isTrue();
        // Every break allowed is one ICU allows.
        BitSet extra = (BitSet) both.clone();
        extra.andNot(icu);
        assertThat(extra.isEmpty()).isTrue();
    }

    @Test
    void aProjectsOwnWordsAreKeptWhole() {
        String text = "นักเรียนช่วยกันรักษ์โลกทุกวัน";
        int seam = text.indexOf("โลก");
        assertThat(breaker.breaks(text).get(seam)).as("รักษ์|โลก without the project's word").isTrue();
        ThaiLineBreaker own = new ThaiLineBreaker(ThaiLexicon.withWords(java.util.List.of("รักษ์โลก")));
        assertThat(own.breaks(text).get(seam)).isFalse();
    }

    @Test
    void anotherRenderGetsTheSameBoundariesFromTheSharedCacheAndCannotSpoilThem() throws Exception {
        String text = "เพื่อพัฒนาคุณภาพการศึกษาขั้นพื้นฐานให้ทั่วถึงทุกชุมชน ";
        ThaiLineBreaker.Recurring build = new ThaiLineBreaker.Recurring();
        BitSet first = shared(build).breaks(text);
        BitSet expected = breaker.icuBreaks(text);
        expected.andNot(ThaiLexicon.bundled().forbidden(text));
        expected.set(0);
        expected.set(text.length());
        assertThat(first).isEqualTo(expected);
        first.clear(); // one render's copy is its own
        BitSet clustersFirst = shared(build).clusterStarts(text);
        clustersFirst.clear();
        assertThat(build.remembered()).isEqualTo(2);
        // Renders on other threads, each with its own breaker, still see the full answer.
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            java.util.List<java.util.concurrent.Future<Boolean>> same = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                same.add(pool.submit(() -> {
                    ThaiLineBreaker own = shared(build);
                    return own.breaks(text).equals(expected) && own.clusterStarts(text).get(text.indexOf("พื้น"))
                            && !own.clusterStarts(text).get(text.indexOf("พื้น") + 1);
                }));
            }
            for (java.util.concurrent.Future<Boolean> f : same) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(build.remembered()).isEqualTo(2); // found once, for every render of the build
        // A project's own words are never answered from the memory of the bundled list.
        ThaiLineBreaker own = new ThaiLineBreaker(ThaiLexicon.withWords(java.util.List.of("ทุกชุมชน")),
                TypesettingBudget.unlimited(), build);
        assertThat(own.breaks(text).get(text.indexOf("ชุมชน"))).isFalse();
        assertThat(shared(build).breaks(text).get(text.indexOf("ชุมชน"))).isTrue();
    }

    /** Issue 26: the memory belongs to a build's renderer; another build starts with its own. */
    @Test
    void eachBuildRemembersItsOwnBoundaries() {
        String text = "ยุทธศาสตร์การพัฒนาคุณภาพผู้เรียน";
        ThaiLineBreaker.Recurring one = new ThaiLineBreaker.Recurring();
        ThaiLineBreaker.Recurring other = new ThaiLineBreaker.Recurring();
        BitSet found = shared(one).breaks(text);
        assertThat(one.remembered()).isEqualTo(1);
        assertThat(other.remembered()).isZero();
        assertThat(shared(other).breaks(text)).isEqualTo(found);
        assertThat(other.remembered()).isEqualTo(1);
        // Longer texts than the build shares are each render's own.
        shared(one).breaks("ก".repeat(ThaiLineBreaker.LONGEST_SHARED + 1));
        assertThat(one.remembered()).isEqualTo(1);
    }

    private static ThaiLineBreaker shared(ThaiLineBreaker.Recurring build) {
        return new ThaiLineBreaker(ThaiLexicon.bundled(), TypesettingBudget.unlimited(), build);
    }
}
