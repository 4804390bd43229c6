package plan.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import plan.format.Format;
import plan.model.Lang;

/**
 * Every generated word the content template prints can be overridden under {@code labels} (the
 * format's label keys) and has a default in both languages: a word added to the template without
 * a label key would be one the plan could not rename.
 */
class LabelKeysTest {
    private static final Pattern USE = Pattern.compile("labels(?:\\.([a-z]+)|\\[\"([a-z-]+)\"\\])");

    @Test
    void everyLabelOfTheContentTemplateIsALabelKeyWithDefaults() throws IOException {
        Set<String> used = new TreeSet<>();
        // The content template and the chapter it includes from its own file.
        for (String template : new String[] {MarkdownRenderer.TEMPLATE, "analysis.md.ftl"}) {
            Matcher m = USE.matcher(Files.readString(Path.of("templates", template)));
            while (m.find()) {
                used.add(m.group(1) != null ? m.group(1) : m.group(2));
            }
        }
        assertThat(used).contains("pursued-by", "letter", "name", "meaning", "tows-several", "answered-by");
        assertThat(Format.LABEL_KEYS).containsAll(used);
        for (Lang lang : Lang.values()) {
            assertThat(Labels.defaults(lang).keySet()).as(lang.code()).containsAll(Format.LABEL_KEYS);
        }
    }
}
