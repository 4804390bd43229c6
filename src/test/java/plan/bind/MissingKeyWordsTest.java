package plan.bind;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.testing.Cli;

/** A missing key is said to be missing from a part of the file named in the reader's language. */
class MissingKeyWordsTest {
    @TempDir
    Path dir;

    @Test
    void everyPartOfTheFormatHasANameInBothLanguages() throws IOException {
        String format = Files.readString(Path.of("src/main/java/plan/format/Format.java"));
        Matcher struct = Pattern.compile("struct\\(\"([^\"]+)\"").matcher(format);
        int parts = 0;
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("th")}) {
            ResourceBundle words = ResourceBundle.getBundle("plan.diag.messages", locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            struct.reset();
            while (struct.find()) {
                parts++;
                assertThat(words.containsKey("bind.where." + struct.group(1).replace(' ', '-'))).as(locale + " " + struct.group(1))
                        .isTrue();
            }
        }
        assertThat(parts).as("the parts the format names").isGreaterThan(40);
    }

    @Test
    void aResultMissingItsValueSaysWhereInThai() throws IOException {
        Files.copy(Path.of("examples/action-plan.plan.yaml"), dir.resolve("action-plan.plan.yaml"));
        Files.writeString(dir.resolve("q2.results.yaml"), "plan: action-plan\nas-of: 2568-03-31\nindicators:\n  S1-1: {note: ยังไม่วัด}\n");
        Cli.Result th = Cli.run("check", "--lang", "th", "--color", "never", dir.toString());
        assertThat(th.out()).contains("ต้องมี `value` ใน ผลของตัวชี้วัด").doesNotContain("indicator result");
        Cli.Result en = Cli.run("check", "--lang", "en", "--color", "never", dir.toString());
        assertThat(en.out()).contains("`value` is required in indicator result");
    }
}
