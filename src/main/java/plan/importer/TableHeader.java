package plan.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table's header, which plan tables often write over two or three rows (งบประมาณ over its
 * sources, ค่าเป้าหมาย over its years): how many rows it takes and, per column, the parts of its
 * name from the top row down (a merged cell's repeated text counted once).
 */
record TableHeader(int rows, List<List<String>> columns) {
    /** Words only headers hold; a row made of them (and years, and cells repeated from above) is a header row. */
    private static final Pattern HEADER_WORD = Pattern.compile(
            "(?i).*(ที่|ลำดับ|โครงการ|กิจกรรม|สนอง|กลยุทธ์|ยุทธศาสตร์|งบประมาณ|งบ|ระยะเวลา|รับผิดชอบ|ไตรมาส|ตัวชี้วัด|หน่วย|ค่าฐาน|"
                    + "เป้าหมาย|รวม|เงิน|แหล่ง|อุดหนุน|รายได้|สพฐ|ต\\.ค\\.|ม\\.ค\\.|เม\\.ย\\.|ก\\.ค\\.|ปี|\\bQ[1-4]\\b|total|source|budget|"
                    + "quarter|owner|target|baseline|unit|indicator|project|year).*");
    private static final int MAX_ROWS = 3;

    static TableHeader of(List<List<String>> rows) {
        int n = 1;
        while (n < Math.min(MAX_ROWS, rows.size() - 1) && isHeaderRow(rows.get(n), rows.get(n - 1))) {
            n++;
        }
        int width = rows.get(0).size();
        List<List<String>> columns = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            List<String> parts = new ArrayList<>();
            for (int r = 0; r < n; r++) {
                String cell = RecognizedBlock.oneLine(WhiteSpace.strip(rows.get(r).get(c)));
                if (!cell.isEmpty() && (parts.isEmpty() || !parts.get(parts.size() - 1).equals(cell))) {
                    parts.add(cell);
                }
            }
            columns.add(parts);
        }
        return new TableHeader(n, columns);
    }

    private static boolean isHeaderRow(List<String> row, List<String> above) {
        if (row.stream().map(WhiteSpace::strip).filter(c -> !c.isEmpty()).distinct().count() == 1) {
            return false; // one text across the row: a group's row ("กลยุทธ์ที่ 1 ..."), not a header
        }
        boolean any = false;
        for (int c = 0; c < row.size(); c++) {
            String cell = WhiteSpace.strip(row.get(c));
            if (cell.isEmpty() || cell.equals(WhiteSpace.strip(above.get(c)))) {
                continue;
            }
            any = true;
            boolean year = Amounts.years(cell).size() == 1 && cell.length() <= 16;
            if (cell.length() > 40 || !(year || HEADER_WORD.matcher(cell).matches())) {
                return false;
            }
        }
        return any;
    }

    /** A column's name, its parts joined ("งบประมาณ / เงินอุดหนุน"). */
    String name(int column) {
        return String.join(" / ", columns.get(column));
    }

    /** The lowest part of a column's name ("เงินอุดหนุน" under "งบประมาณ"), "" when none. */
    String last(int column) {
        List<String> parts = columns.get(column);
        return parts.isEmpty() ? "" : parts.get(parts.size() - 1);
    }

    boolean matches(int column, Pattern p) {
        return columns.get(column).stream().anyMatch(part -> p.matcher(part).find());
    }
}
