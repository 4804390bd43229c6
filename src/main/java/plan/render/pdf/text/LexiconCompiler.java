package plan.render.pdf.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run by the build, after the classes and word lists are in place: writes the bundled Thai word
 * lists as the trie {@link ThaiLexicon} reads at run time ({@code plan/words/thai-words.trie}), so
 * that no run makes it again from the lists.
 * Usage: {@code java -cp CLASSES plan.render.pdf.text.LexiconCompiler OUTPUT}.
 */
public final class LexiconCompiler {
    private LexiconCompiler() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: LexiconCompiler OUTPUT");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, ThaiLexicon.bundledFromLists().compile());
    }
}
