package plan.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Source paragraphs as Markdown that shows them as written: characters Markdown would take as
 * markup are escaped, a typed list keeps its numbers (as a Markdown list when they run on, so
 * that the reader sees the same numbers), Word lists become Markdown lists.
 */
final class MarkdownText {
    private static final Pattern INLINE = Pattern.compile("([\\\\`*_\\[\\]<~|])|&(?=[A-Za-z#][A-Za-z0-9]*;)", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern BLOCK_START = Pattern.compile("^(#|>|[-+*](?=\\s|$)|=+\\s*$|-+\\s*$|[0-9]{1,9}[.)](?=\\s|$))", Pattern.UNICODE_CHARACTER_CLASS);

    private MarkdownText() {
    }

    /** Plain text as inline Markdown that renders as the same text. */
    static String inline(String text) {
        return INLINE.matcher(text).replaceAll(m -> m.group(1) != null ? "\\\\" + m.group(1).replace("\\", "\\\\") : "&amp;");
    }

    /** A line of a paragraph: inline escapes, and a start that would open a list or heading escaped. */
    static String line(String text) {
        String escaped = inline(text);
        var m = BLOCK_START.matcher(escaped);
        if (m.find()) {
            String start = m.group(1);
            int at = Character.isDigit(start.charAt(0)) ? start.length() - 1 : 0;
            return escaped.substring(0, at) + "\\" + escaped.substring(at);
        }
        return escaped;
    }

    static String tableCell(String text) {
        return inline(WhiteSpace.strip(text).replaceAll("\\s*\\n\\s*", " "));
    }

    /** Paragraphs as a Markdown body: blank lines between paragraphs, lists kept together. */
    static String body(List<RecognizedBlock> paras) {
        StringBuilder b = new StringBuilder();
        RecognizedBlock previous = null;
        boolean previousWasList = false;
        List<Integer> wordLevels = new ArrayList<>();
        String under = ""; // a bullet list nested in a typed numbered item: indented under its number
        for (RecognizedBlock p : paras) {
            boolean nests = previous != null && previousWasList && p.wordList() != null && p.wordList().level() > 0
                    && previous.wordList() == null && isListable(previous);
            boolean continuesList = nests || previous != null && previousWasList && continuesList(previous, p);
            if (b.length() > 0) {
                b.append(continuesList ? "\n" : "\n\n");
            }
            if (!continuesList) {
                wordLevels.clear();
                under = "";
            }
            if (nests) {
                wordLevels.clear();
                under = " ".repeat(String.valueOf(previous.typed().value()).length() + 2);
            }
            if (p.table()) {
                b.append(p.text());
            } else if (p.wordList() != null) {
                b.append(under).append(wordItem(p, wordLevels).replace("\n", "\n" + under));
            } else if (isListable(p) && (continuesList || !previousWasList || !sameDelimiter(previous, p))) {
                String marker = p.typed().value() + (p.typed().style().equals("dot") ? "." : ")");
                b.append(marker).append(' ').append(indented(p.typed().afterFirst(), marker.length() + 1));
            } else {
                // A list right after another would merge with it and be renumbered: this one
                // stays a paragraph with its number escaped, as typed.
                b.append(indented(p.text(), 0));
                previous = p;
                previousWasList = false;
                continue;
            }
            previous = p;
            previousWasList = !p.table();
        }
        return b.toString();
    }

    /** Markdown starts a new list where the delimiter changes (1. then 1)), not where the number does. */
    private static boolean sameDelimiter(RecognizedBlock previous, RecognizedBlock p) {
        return isListable(previous) && previous.typed().style().equals(p.typed().style());
    }

    private static boolean isListable(RecognizedBlock p) {
        return p.typed() != null && p.wordList() == null && p.heading() == null
                && (p.typed().style().equals("dot") || p.typed().style().equals("paren"));
    }

    /** A typed item that carries on the list before it (same kind of number, the next one). */
    private static boolean continuesList(RecognizedBlock previous, RecognizedBlock p) {
        if (p.wordList() != null) {
            return previous.wordList() != null;
        }
        return isListable(previous) && isListable(p) && previous.typed().style().equals(p.typed().style())
                && p.typed().value() == previous.typed().value() + 1;
    }

    private static String wordItem(RecognizedBlock p, List<Integer> levels) {
        int level = p.wordList().level();
        while (!levels.isEmpty() && levels.get(levels.size() - 1) > level) {
            levels.remove(levels.size() - 1);
        }
        if (levels.isEmpty() || levels.get(levels.size() - 1) < level) {
            levels.add(level);
        }
        String indent = "   ".repeat(levels.size() - 1);
        String marker = p.wordList().bullet() ? "-" : "1.";
        // Word draws the number; a number typed in the text as well is the text's own, and stays.
        return indent + marker + " " + indented(p.text(), indent.length() + 3);
    }

    /** Lines escaped; lines after the first indented to stay inside a list item. */
    private static String indented(String text, int indent) {
        String[] lines = text.split("\n");
        StringBuilder b = new StringBuilder(line(lines[0]));
        for (int i = 1; i < lines.length; i++) {
            b.append('\n').append(" ".repeat(indent)).append(line(lines[i]));
        }
        return b.toString();
    }
}
