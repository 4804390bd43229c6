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
record RecognizedBlock(String text, TypedNumber typed, Block.WordList wordList, Heading heading, boolean table,
            boolean headingStyled, boolean titleStyled, String level, java.util.List<java.util.List<String>> rows) {
    RecognizedBlock(String text, TypedNumber typed, Block.WordList wordList, Heading heading, boolean table,
         boolean headingStyled, boolean titleStyled, String level) {
        this(text, typed, wordList, heading, table, headingStyled, titleStyled, level, null);
    }

    /** Characters that break a line (form feed from pdftotext, vertical tab, NEL, Unicode's separators). */
    private static final java.util.regex.Pattern BREAK = java.util.regex.Pattern.compile("[\\x0B\\x0C\\x85\\u2028\\u2029]");
    private static final java.util.regex.Pattern CONTROL =
            java.util.regex.Pattern.compile("[\\x00-\\x08\\x0D-\\x1F\\x7F-\\x84\\x86-\\x9F\\uFFFE\\uFFFF]");

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
    static List<RecognizedBlock> of(SourceDocument doc) {
        List<RecognizedBlock> out = new ArrayList<>();
        List<String> continuation = new ArrayList<>(); // lines that carry on the last item, joined once
        int previousLine = -10;
        for (Block b : doc.blocks()) {
            String text = b.table() ? b.text() : strippedLines(b.text());
            RecognizedBlock last = out.isEmpty() ? null : out.get(out.size() - 1);
            boolean carriesOn = doc.lineBased() && last != null && b.line() == previousLine + 1 && !b.table() && b.wordList() == null
                    && last.typed != null && !last.typed.bullet() && last.heading == null;
            // A Markdown bullet is an item whatever its words ("- งบประมาณ" is no chapter heading).
            Heading heading = b.table() || doc.lineBased() && b.wordList() != null ? null : Heading.of(text);
            TypedNumber typed = b.table() ? null : TypedNumber.of(text);
            if (carriesOn && heading == null && typed == null) {
                continuation.add(text);
                previousLine = b.line();
                continue;
            }
            joinContinuation(out, continuation);
            previousLine = b.line();
            String level = null;
            if (b.wordList() != null) {
                level = b.wordList().bullet() ? "w-bullet" + b.wordList().level() : "w" + b.wordList().level();
            } else if (typed != null && heading == null) {
                level = typed.scheme();
            }
            out.add(new RecognizedBlock(text, typed, b.wordList(), heading, b.table(), b.isHeadingStyled(), b.isTitleStyled(), level, b.rows()));
        }
        joinContinuation(out, continuation);
        return out;
    }

    /**
     * Characters copied while joining continuation lines: linear in the text (issue 27.8), counted
     * for its test. A JVM-wide counter, not an owned one: nothing reads it but that test, which is
     * tagged to run alone, and threading an owner through the importer for it would cost more.
     */
    static final java.util.concurrent.atomic.LongAdder COPIED = new java.util.concurrent.atomic.LongAdder();

    private static void joinContinuation(List<RecognizedBlock> out, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        RecognizedBlock last = out.get(out.size() - 1);
        String more = String.join("\n", lines);
        COPIED.add(more.length() * 3L + last.text.length() * 2L);
        out.set(out.size() - 1, last.append(more));
        lines.clear();
    }

    private RecognizedBlock append(String line) {
        String joined = text + "\n" + line;
        TypedNumber t = typed == null ? null
                : new TypedNumber(typed.style(), typed.value(), typed.depth(), typed.rest() + "\n" + line,
                        typed.afterFirst() + "\n" + line);
        return new RecognizedBlock(joined, t, wordList, heading, table, headingStyled, titleStyled, level);
    }

    /**
     * Lines stripped of layout white space, and of control characters, which no plan text can
     * hold (YAML forbids most of them) and no reader sees.
     */
    private static String strippedLines(String text) {
        List<String> lines = new ArrayList<>();
        // A control character stands for white space (a bell or escape between two words must not glue them).
        String spaced = CONTROL.matcher(BREAK.matcher(text.replace('\t', ' ')).replaceAll("\n")).replaceAll(" ").replace("\uFEFF", "");
        for (String line : spaced.split("\n")) {
            if (!WhiteSpace.isBlank(line)) {
                lines.add(WhiteSpace.strip(line));
            }
        }
        return String.join("\n", lines);
    }
}
