package plan.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A table written with pipes, as Markdown has them (and text copied from one): its cells. */
final class PipeTable {
    private static final Pattern DELIMITER = Pattern.compile("^\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?$");

    private PipeTable() {
    }

    /** A line that starts and ends with a pipe and has a cell between. */
    static boolean isRow(String line) {
        String t = WhiteSpace.strip(line);
        return t.length() >= 3 && t.startsWith("|") && t.endsWith("|") && !t.equals("||");
    }

    /** The rows' cells (escaped pipes kept in the text), without the delimiter row. */
    static List<List<String>> cells(List<String> lines) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines) {
            String t = WhiteSpace.strip(line);
            if (DELIMITER.matcher(t).matches()) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            for (int i = 1; i < t.length() - 1; i++) {
                char c = t.charAt(i);
                if (c == '\\' && i + 1 < t.length() - 1 && t.charAt(i + 1) == '|') {
                    cell.append('|');
                    i++;
                } else if (c == '|') {
                    cells.add(WhiteSpace.strip(cell.toString()));
                    cell.setLength(0);
                } else {
                    cell.append(c);
                }
            }
            cells.add(WhiteSpace.strip(cell.toString()));
            rows.add(cells);
        }
        return TableText.rectangular(rows);
    }
}
