package plan.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import plan.model.Lang;
import plan.render.markdown.Labels;

/** The generated words come from the label bundles: complete in both languages, none missing. */
class DocumentWordsTest {
    @Test
    void bothLanguagesHaveEveryLabel() {
        assertThat(Labels.defaults(Lang.TH).keySet()).isEqualTo(Labels.defaults(Lang.EN).keySet());
        assertThat(Labels.defaults(Lang.TH).get("strategy")).isEqualTo("กลยุทธ์ที่");
        assertThat(Labels.defaults(Lang.EN).get("strategy")).isEqualTo("Strategy");
        assertThat(Labels.defaults(Lang.TH).keySet()).noneMatch(k -> k.startsWith("index."));
    }

    @Test
    void everyLabelATemplateUsesExists() throws IOException {
        Pattern use = Pattern.compile("labels(?:\\.([a-z]+)|\\[\"([a-z-]+)\"\\])");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("templates"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Matcher m = use.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }
        assertThat(used).contains("strategy", "pursued-by", "status");
        assertThat(Labels.defaults(Lang.TH).keySet()).containsAll(used);
        assertThat(Labels.defaults(Lang.EN).keySet()).containsAll(used);
    }

    @Test
    void indexStatusWordsInBothLanguages() {
        assertThat(Labels.indexWord(Lang.TH, "status.errors", 1200)).isEqualTo("ข้อผิดพลาด 1200 รายการ: ไม่ได้สร้างเอกสาร");
        assertThat(Labels.indexWord(Lang.EN, "status.warnings", 2)).isEqualTo("passed with 2 warning(s)");
        assertThat(Labels.indexWord(Lang.EN, "status.ok")).isEqualTo("passed");
    }
}
