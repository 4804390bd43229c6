package plan.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * A block as the recognizer sees it: its text stripped of layout white space (continuation lines
 * of a text file's list item joined with a line break), its typed number and whether it reads as
 * a plan heading.
 *
 * @param level the list scheme of an item (Word's level, or the typed number's kind), null when
 *              the paragraph is no list item
 */
record Para(String text, TypedNumber typed, Block.WordList wordList, Heading heading, boolean table,
            boolean headingStyled, boolean titleStyled, String level, java.util.List<java.util.List<String>> rows) {
    Para(String text, TypedNumber typed, Block.WordList wordList, Heading heading, boolean table,
         boolean headingStyled, boolean titleStyled, String level) {
        this(text, typed, wordList, heading, table, headingStyled, titleStyled, level, null);
    }

    private static final java.util.regex.Pattern CONTROL =
            java.util.regex.Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F\\uFEFF\\uFFFE\\uFFFF\\u2028\\u2029]");

    boolean isItem() {
        return level != null;
    }

    /** The item's own text: numbers gone, continuation lines joined with a space. */
    String itemText() {
        String t = typed != null ? typed.rest() : text;
        return oneLine(t);
    }

    static String oneLine(String t) {
        return t.replace('\n', ' ');
    }

    /** Blocks to paragraphs; in a text file, lines that continue a numbered item join it. */
    static List<Para> of(SourceDocument doc) {
        List<Para> out = new ArrayList<>();
        int previousLine = -10;
        for (Block b : doc.blocks()) {
            String text = b.table() ? b.text() : strippedLines(b.text());
            Heading heading = b.table() ? null : Heading.of(text);
            TypedNumber typed = b.table() ? null : TypedNumber.of(text);
            Para last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (doc.lineBased() && last != null && b.line() == previousLine + 1 && heading == null && typed == null
                    && last.typed != null && !last.typed.bullet() && last.heading == null) {
                out.set(out.size() - 1, last.append(text));
                previousLine = b.line();
                continue;
            }
            previousLine = b.line();
            String level = null;
            if (b.wordList() != null) {
                level = b.wordList().bullet() ? "w-bullet" + b.wordList().level() : "w" + b.wordList().level();
            } else if (typed != null && heading == null) {
                level = typed.scheme();
            }
            out.add(new Para(text, typed, b.wordList(), heading, b.table(), b.isHeadingStyled(), b.isTitleStyled(), level, b.rows()));
        }
        return out;
    }

    private Para append(String line) {
        String joined = text + "\n" + line;
        TypedNumber t = typed == null ? null
                : new TypedNumber(typed.style(), typed.value(), typed.depth(), typed.rest() + "\n" + line,
                        typed.afterFirst() + "\n" + line);
        return new Para(joined, t, wordList, heading, table, headingStyled, titleStyled, level);
    }

    /**
     * Lines stripped of layout white space, and of control characters, which no plan text can
     * hold (YAML forbids most of them) and no reader sees.
     */
    private static String strippedLines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : CONTROL.matcher(text.replace('\t', ' ')).replaceAll("").split("\n")) {
            if (!Texts.isBlank(line)) {
                lines.add(Texts.strip(line));
            }
        }
        return String.join("\n", lines);
    }
}
