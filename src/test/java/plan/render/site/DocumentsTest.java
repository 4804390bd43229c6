package plan.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Documents joined at once, as plus joins two, and compared in place. */
class DocumentsTest {
    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void joinGivesWhatPlusGivesTheLastPartWinningAName() {
        Documents a = Documents.of(Map.of("a.html", text("A"), "index.html", text("old")));
        Documents b = Documents.of(Map.of("b.html", text("B")));
        Documents site = Documents.of(Map.of("index.html", text("new"), "assets/plan.css", text("css")));
        Documents joined = Documents.join(List.of(a, b, site));
        assertThat(joined).isEqualTo(a.plus(b).plus(site));
        assertThat(joined.names()).containsExactly("a.html", "assets/plan.css", "b.html", "index.html");
        assertThat(new String(joined.bytes("index.html"), StandardCharsets.UTF_8)).isEqualTo("new");
        assertThat(a.names()).containsExactly("a.html", "index.html"); // the parts are unchanged
        assertThat(Documents.join(List.of())).isEqualTo(Documents.NONE);
    }

    @Test
    void sameBytesComparesOneDocumentOfTwoSets() {
        Documents one = Documents.of(Map.of("a.html", text("A"), "b.html", text("B")));
        Documents two = Documents.of(Map.of("a.html", text("A"), "b.html", text("b"), "c.html", text("C")));
        assertThat(one.sameBytes("a.html", two)).isTrue();
        assertThat(one.sameBytes("b.html", two)).isFalse();
        assertThat(one.sameBytes("c.html", two)).isFalse(); // in one set only
        assertThat(one.sameBytes("d.html", two)).isTrue(); // in neither
    }
}
