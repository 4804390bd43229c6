package plan.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A table of indicators: ตัวชี้วัด, หน่วยนับ, ค่าฐาน, and the targets in a column per fiscal
 * year (under a merged ค่าเป้าหมาย, or each column naming its year). What a row holds that no
 * key takes stays in the row's notes, which the recognizer keeps beside the item.
 */
final class IndicatorTable {
    private static final Pattern TEXT = Pattern.compile("(?i)ตัวชี้วัด|indicator|KPI");
    private static final Pattern UNIT = Pattern.compile("(?i)หน่วย|unit");
    private static final Pattern BASELINE = Pattern.compile("(?i)ค่าฐาน|ฐาน|baseline");
    private static final Pattern NUMBER = Pattern.compile("^(ที่|ลำดับ(ที่)?|no\\.?|#)$", Pattern.CASE_INSENSITIVE);

    /** One indicator; a target or baseline value is a number or a text (ระดับดี). */
    record Row(String text, String unit, Integer baselineYear, String baseline, Map<Integer, String> targets, List<String> extra) {
    }

    private IndicatorTable() {
    }

    /** The indicators of {@code rows}, or null when the table is not one of indicators with targets by year. */
    static List<Row> read(List<List<String>> rows) {
        if (rows.size() < 2) {
            return null;
        }
        TableHeader header = TableHeader.of(rows);
        int width = header.columns().size();
        int text = -1;
        int unit = -1;
        int baseline = -1;
        Map<Integer, Integer> targetYears = new LinkedHashMap<>();
        for (int c = 0; c < width; c++) {
            List<Integer> years = Amounts.years(header.last(c));
            if (header.matches(c, BASELINE) && baseline < 0) {
                baseline = c;
            } else if (years.size() == 1 && header.last(c).length() <= 16) {
                targetYears.put(c, years.get(0));
            } else if (header.matches(c, TEXT) && text < 0) {
                text = c;
            } else if (header.matches(c, UNIT) && unit < 0) {
                unit = c;
            }
        }
        if (text < 0 || targetYears.isEmpty()) {
            return null;
        }
        Integer baselineYear = baseline < 0 || Amounts.years(header.name(baseline)).isEmpty() ? null
                : Amounts.years(header.name(baseline)).get(0);
        List<Row> out = new ArrayList<>();
        for (List<String> row : rows.subList(header.rows(), rows.size())) {
            String what = RecognizedBlock.oneLine(WhiteSpace.strip(row.get(text)));
            if (what.isEmpty()) {
                continue;
            }
            Map<Integer, String> targets = new LinkedHashMap<>();
            targetYears.forEach((c, y) -> {
                String v = RecognizedBlock.oneLine(WhiteSpace.strip(row.get(c)));
                if (!Amounts.isEmpty(v)) {
                    targets.put(y, v);
                }
            });
            List<String> extra = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                String v = RecognizedBlock.oneLine(WhiteSpace.strip(row.get(c)));
                if (c != text && c != unit && c != baseline && !targetYears.containsKey(c) && !v.isEmpty()
                        && !NUMBER.matcher(header.last(c)).matches()) {
                    extra.add(header.name(c) + ": " + v);
                }
            }
            String b = baseline < 0 ? "" : RecognizedBlock.oneLine(WhiteSpace.strip(row.get(baseline)));
            out.add(new Row(Swot.factor(what), unit < 0 ? null : emptyToNull(RecognizedBlock.oneLine(WhiteSpace.strip(row.get(unit)))),
                    baselineYear, Amounts.isEmpty(b) ? null : b, targets, extra));
        }
        return out.isEmpty() ? null : out;
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
