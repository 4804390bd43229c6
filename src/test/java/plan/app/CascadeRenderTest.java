package plan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import plan.testing.Cli;
import plan.testing.Golden;

/**
 * The cascade example built with the shipped frameworks, as a user builds it: the alignment
 * chapters, the framework pages, the index as a tree and the plan pages' links up and down,
 * against goldens in src/test/resources/golden/cascade ({@code -Dgolden.update=true} rewrites).
 */
class CascadeRenderTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden/cascade");

    @TempDir
    static Path site;

    @BeforeAll
    static void build() {
        Cli.Result r = Cli.run("build", "examples/cascade", "frameworks", "--out", site.toString(), "--format", "md,html");
        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"spp-example-1.md", "school-ban-nong-khu.md", "school-ban-khok.md", "school-ban-nong-khu.html",
        "spp-example-1.html", "index.html", "frameworks/obec-2568.html", "frameworks/national-strategy.html"})
    void matchesGolden(String name) throws IOException {
        Golden.assertMatches(GOLDEN.resolve(name), Files.readString(site.resolve(name)));
    }

    @Test
    void aFrameworkTableMarksEachStrategyUnderTheItemsItAlignsWith() throws IOException {
        String md = Files.readString(site.resolve("spp-example-1.md"));
        // S1 aligns with national-strategy:4 only; S2 with obec-2568:3.1 and 3.2, nested under 3.
        assertThat(md).contains("| [กลยุทธ์ที่ 1](#S1) จัดการศึกษาให้ปลอดภัยและทั่วถึง |  |  |  | • |  |  |");
        assertThat(md).contains("| [กลยุทธ์ที่ 2](#S2) พัฒนาคุณภาพผู้เรียนและครู |  |  | 3.1, 3.2 |  |");
    }

    @Test
    void theParentTableWritesOutTheParentsWords() throws IOException {
        String md = Files.readString(site.resolve("school-ban-khok.md"));
        assertThat(md).contains("[กลยุทธ์ที่ 3](spp-example-1.html#S3) พัฒนาระบบบริหารจัดการ");
    }

    @Test
    void theIndexShowsChildrenBelowTheirParent() throws IOException {
        String index = Files.readString(site.resolve("index.html"));
        int parent = index.indexOf("href=\"spp-example-1.html\"");
        List<Integer> children = List.of(index.indexOf("href=\"school-ban-khok.html\""),
                index.indexOf("href=\"school-ban-nong-khu.html\""));
        assertThat(parent).isPositive();
        assertThat(children).allSatisfy(c -> assertThat(c).isGreaterThan(parent));
        assertThat(index).contains("class=\"depth-1\"><a href=\"school-ban-khok.html\"");
        assertThat(index).contains("href=\"frameworks/national-strategy.html\"");
    }

    @Test
    void aFrameworkPageListsWhatAlignsAndWhatDoesNot() throws IOException {
        String page = Files.readString(site.resolve("frameworks/national-strategy.html"));
        // Item 3: the area office's S2 and G1, and the school's S1.
        String item3 = page.substring(page.indexOf("id=\"item-3\""), page.indexOf("id=\"item-4\""));
        assertThat(item3).contains("../spp-example-1.html#S2", "../spp-example-1.html#G1",
                "../school-ban-nong-khu.html#S1");
        String notAligned = page.substring(page.indexOf("id=\"not-aligned\""));
        assertThat(notAligned).contains("#item-1\"", "#item-2\"", "#item-5\"").doesNotContain("#item-3\"", "#item-4\"");
    }

    @Test
    void planPagesLinkTheirParentAndChildren() throws IOException {
        assertThat(Files.readString(site.resolve("school-ban-khok.html"))).contains("<a href=\"spp-example-1.html\">");
        assertThat(Files.readString(site.resolve("spp-example-1.html")))
                .contains("<a href=\"school-ban-nong-khu.html\">", "<a href=\"school-ban-khok.html\">");
    }
}
