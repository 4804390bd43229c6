package plan.bind;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.format.FileKind;
import plan.format.Format;
import plan.format.Type;
import plan.testing.Cli;

/** A missing key is said to be missing from a part of the file named in the reader's language. */
class MissingKeyWordsTest {
    @TempDir
    Path dir;

    @Test
    void everyPartOfTheFormatHasANameInBothLanguages() {
        java.util.Set<String> parts = new java.util.TreeSet<>();
        for (FileKind kind : Format.STANDARD.fileKinds()) {
            partsOf(kind.root(), parts, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
        }
        assertThat(parts).as("the parts the format names").contains("plan", "results", "factor", "indicator result")
                .hasSizeGreaterThan(25);
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("th")}) {
            ResourceBundle words = ResourceBundle.getBundle("plan.diag.messages", locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            assertThat(parts.stream().filter(part -> !words.containsKey("bind.where." + part.replace(' ', '-'))))
                    .as("parts without a name in " + locale).isEmpty();
        }
    }

    /** The names of the mappings in {@code type} and below it, each type visited once (the format nests itself). */
    private static void partsOf(Type type, java.util.Set<String> parts, java.util.Set<Type> seen) {
        if (type == null || !seen.add(type)) {
            return;
        }
        switch (type) {
            case Type.Struct s -> {
                parts.add(s.name());
                s.keys().forEach(k -> partsOf(k.type(), parts, seen));
            }
            case Type.ListOf l -> partsOf(l.item(), parts, seen);
            case Type.Dict d -> partsOf(d.value(), parts, seen);
            case Type.Either e -> {
                partsOf(e.scalar(), parts, seen);
                partsOf(e.struct(), parts, seen);
            }
            case Type.Lazy l -> partsOf(l.target().get(), parts, seen);
            default -> {
            }
        }
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
