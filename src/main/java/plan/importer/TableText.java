package plan.importer;

import java.util.ArrayList;
import java.util.List;

/** Tables' cells as plain text and as the Markdown table a plan file holds. */
final class TableText {
    /**
     * Between the paragraphs of one cell: a Markdown table cell holds one line, and the
     * documents escape HTML, so a cell's paragraphs are set apart by a bullet, never glued.
     */
    static final String CELL_BREAK = " • ";

    private TableText() {
    }

    /** Rows padded to one width; empty when no cell holds text. */
    static List<List<String>> rectangular(List<List<String>> rows) {
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        List<List<String>> out = new ArrayList<>();
        boolean anyText = false;
        for (List<String> row : rows) {
            List<String> padded = new ArrayList<>(row);
            while (padded.size() < width) {
                padded.add("");
            }
            anyText |= padded.stream().anyMatch(c -> !WhiteSpace.isBlank(c));
            out.add(padded);
        }
        return anyText ? out : List.of();
    }

    /** The first row as the header, as in most plan tables. */
    static String markdown(List<List<String>> rows) {
        StringBuilder b = new StringBuilder();
        int width = rows.isEmpty() ? 0 : rows.get(0).size();
        for (int i = 0; i < rows.size(); i++) {
            b.append('|');
            for (String cell : rows.get(i)) {
                b.append(' ').append(cell(cell)).append(" |");
            }
            b.append('\n');
            if (i == 0) {
                b.append('|').append("---|".repeat(width)).append('\n');
            }
        }
        return b.toString().stripTrailing();
    }

    /** One cell as inline Markdown: its lines (paragraphs) set apart, never glued. */
    static String cell(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!WhiteSpace.isBlank(line)) {
                lines.add(MarkdownText.inline(WhiteSpace.strip(line).replaceAll("\\s+", " ")));
            }
        }
        return String.join(CELL_BREAK, lines);
    }
}
