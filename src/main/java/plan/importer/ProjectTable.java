package plan.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table of projects as action plans print them: ที่, โครงการ/กิจกรรม, สนองกลยุทธ์, งบประมาณ
 * (one column, or one per source, per quarter or per year, under a merged header), ระยะเวลา,
 * ผู้รับผิดชอบ. Rows that name a strategy alone ("กลยุทธ์ที่ 2 ...") group the projects under it;
 * a row of totals is not a project. Whatever a row holds that no key takes is kept in the
 * project's description as "column: text".
 */
final class ProjectTable {
    private static final Pattern NUMBER = Pattern.compile("^(ที่|ลำดับ(ที่)?|no\\.?|#)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE = Pattern.compile("(?i)โครงการ|กิจกรรม|แผนงาน|project|activit");
    private static final Pattern STRATEGY = Pattern.compile("(?i)สนอง|กลยุทธ์|ยุทธศาสตร์|strateg");
    private static final Pattern OWNER = Pattern.compile("(?i)รับผิดชอบ|owner|responsible");
    private static final Pattern YEARS = Pattern.compile("(?i)ระยะเวลา|ปีที่ดำเนินการ|period|duration");
    private static final Pattern BUDGET = Pattern.compile("(?i)งบประมาณ|^งบ|budget|จำนวนเงิน|เงิน|บาท|แหล่ง");
    private static final Pattern TOTAL = Pattern.compile("(?i)^(รวม|รวมทั้งสิ้น|รวมเงิน|total|งบประมาณ|งบประมาณ \\(บาท\\)|จำนวนเงิน)$");
    private static final Pattern QUARTER = Pattern.compile(
            "(?i)(?:ไตรมาส(?:ที่)?|Q)\\s*([1-4๑-๔])|^(ต\\.ค\\.|ม\\.ค\\.|เม\\.ย\\.|ก\\.ค\\.)");
    private static final Pattern TOTAL_ROW = Pattern.compile("(?i)^(รวม|รวมทั้งสิ้น|รวมทั้งหมด|total|grand total)(\\s.*)?$");
    private static final Pattern STRATEGY_NUMBERS = Pattern.compile("(?:กลยุทธ์(?:ที่)?|ยุทธศาสตร์(?:ที่)?|S)?\\s*([0-9๐-๙]{1,2})(?![0-9๐-๙,])");

    enum Role { NUMBER, TITLE, STRATEGIES, OWNER, YEARS, TOTAL, SOURCE, QUARTER, BUDGET_YEAR, OTHER }

    /** One project as the row gives it; {@code notes} are comments for the officer. */
    record Row(String title, List<Integer> strategies, String owner, List<Integer> years, BigDecimal total,
               Map<String, BigDecimal> sources, List<BigDecimal> quarters, Map<Integer, BigDecimal> budgetYears,
               List<String> description, List<plan.diag.Message> notes) {
    }

    /** The projects, and rows of totals as the source wrote them (kept for the reader). */
    record Found(List<Row> rows, List<String> totals) {
    }

    private ProjectTable() {
    }

    /** The projects of {@code rows}, or null when the table is not a table of projects. */
    static Found read(List<List<String>> rows, Integer strategyAbove) {
        if (rows.size() < 2) {
            return null;
        }
        TableHeader header = TableHeader.of(rows);
        int width = header.columns().size();
        Role[] roles = new Role[width];
        int[] quarter = new int[width];
        boolean title = false;
        boolean budget = false;
        for (int c = 0; c < width; c++) {
            roles[c] = role(header, c, title);
            title |= roles[c] == Role.TITLE;
            budget |= roles[c] == Role.TOTAL || roles[c] == Role.SOURCE || roles[c] == Role.QUARTER || roles[c] == Role.BUDGET_YEAR;
            if (roles[c] == Role.QUARTER) {
                quarter[c] = quarterOf(header.last(c));
            }
        }
        if (!title || !budget) {
            return null;
        }
        boolean fourQuarters = java.util.stream.IntStream.rangeClosed(1, 4)
                .allMatch(q -> java.util.Arrays.stream(quarter).filter(x -> x == q).count() == 1);
        List<Row> out = new ArrayList<>();
        List<String> totals = new ArrayList<>();
        Integer strategy = strategyAbove;
        for (List<String> row : rows.subList(header.rows(), rows.size())) {
            Integer group = groupRow(row);
            if (group != null) {
                strategy = group;
                continue;
            }
            String titleCell = "";
            for (int c = 0; c < width; c++) {
                if (roles[c] == Role.TITLE) {
                    titleCell = WhiteSpace.strip(row.get(c));
                    break;
                }
            }
            if (row.stream().allMatch(WhiteSpace::isBlank)) {
                continue;
            }
            if (TOTAL_ROW.matcher(RecognizedBlock.oneLine(titleCell)).matches() || titleCell.isEmpty() && row.stream().anyMatch(x -> TOTAL_ROW.matcher(WhiteSpace.strip(x)).matches())) {
                totals.add(String.join(" | ", row.stream().map(x -> RecognizedBlock.oneLine(WhiteSpace.strip(x))).filter(x -> !x.isEmpty()).toList()));
                continue;
            }
            out.add(row(header, roles, quarter, fourQuarters, row, strategy));
        }
        return out.isEmpty() ? null : new Found(out, totals);
    }

    private static Row row(TableHeader header, Role[] roles, int[] quarter, boolean fourQuarters, List<String> row, Integer strategy) {
        String title = null;
        List<Integer> strategies = new ArrayList<>();
        String owner = null;
        List<Integer> years = new ArrayList<>();
        BigDecimal total = null;
        Map<String, BigDecimal> sources = new LinkedHashMap<>();
        BigDecimal[] quarters = new BigDecimal[5];
        Map<Integer, BigDecimal> budgetYears = new LinkedHashMap<>();
        List<String> description = new ArrayList<>();
        List<plan.diag.Message> notes = new ArrayList<>();
        for (int c = 0; c < roles.length; c++) {
            String cell = WhiteSpace.strip(row.get(c));
            if (cell.isEmpty() || c > 0 && cell.equals(WhiteSpace.strip(row.get(c - 1))) && roles[c] == roles[c - 1]) {
                continue;
            }
            Role role = roles[c] == Role.QUARTER && !fourQuarters ? Role.SOURCE : roles[c];
            switch (role) {
                case NUMBER -> { } // plan numbers projects itself
                case TITLE -> {
                    List<String> lines = List.of(cell.split("\n"));
                    if (title == null) {
                        title = WhiteSpace.strip(lines.get(0));
                        lines = lines.subList(1, lines.size());
                    }
                    lines.forEach(l -> description.add(WhiteSpace.strip(l)));
                }
                case STRATEGIES -> {
                    List<Integer> found = strategyNumbers(cell);
                    if (found.isEmpty()) {
                        description.add(header.name(c) + ": " + RecognizedBlock.oneLine(cell));
                    }
                    strategies.addAll(found);
                }
                case OWNER -> owner = RecognizedBlock.oneLine(cell);
                case YEARS -> {
                    List<Integer> found = Amounts.years(cell);
                    String bare = WhiteSpace.arabicDigits(cell).replaceAll("(พ\\.\\s*ศ\\.|ปี|งบประมาณ|[0-9\\s–\\-,])", "");
                    if (!found.isEmpty() && bare.isEmpty()) {
                        years.add(found.stream().mapToInt(Integer::intValue).min().getAsInt());
                        years.add(found.stream().mapToInt(Integer::intValue).max().getAsInt());
                    } else {
                        description.add(header.name(c) + ": " + RecognizedBlock.oneLine(cell));
                    }
                }
                case TOTAL, SOURCE, QUARTER, BUDGET_YEAR -> {
                    if (Amounts.isEmpty(cell)) {
                        continue;
                    }
                    BigDecimal amount = Amounts.parse(cell);
                    if (amount == null) {
                        description.add(header.name(c) + ": " + RecognizedBlock.oneLine(cell));
                        notes.add(plan.diag.Message.of("import.note.not-an-amount", RecognizedBlock.oneLine(cell), header.name(c)));
                        continue;
                    }
                    switch (role) {
                        case TOTAL -> total = total == null ? amount : total;
                        case SOURCE -> sources.merge(header.last(c), amount, BigDecimal::add);
                        case QUARTER -> quarters[quarter[c]] = amount;
                        default -> budgetYears.merge(Amounts.years(header.last(c)).get(0), amount, BigDecimal::add);
                    }
                }
                case OTHER -> description.add(header.name(c).isEmpty() ? RecognizedBlock.oneLine(cell) : header.name(c) + ": " + RecognizedBlock.oneLine(cell));
            }
        }
        if (strategies.isEmpty() && strategy != null) {
            strategies.add(strategy);
        }
        List<BigDecimal> quarterList = new ArrayList<>();
        boolean anyQuarter = false;
        for (int q = 1; q <= 4; q++) {
            anyQuarter |= quarters[q] != null;
            quarterList.add(quarters[q] == null ? BigDecimal.ZERO : quarters[q]);
        }
        if (!anyQuarter) {
            quarterList.clear();
        }
        if (title == null) {
            title = description.isEmpty() ? "…" : description.remove(0);
            notes.add(plan.diag.Message.of("import.note.row-no-title"));
        }
        return new Row(title, strategies.stream().distinct().toList(), owner, years, total, sources, quarterList, budgetYears,
                description, notes);
    }

    private static Role role(TableHeader h, int c, boolean titleSeen) {
        String top = h.columns().get(c).isEmpty() ? "" : h.columns().get(c).get(0);
        String last = h.last(c);
        if (NUMBER.matcher(top).matches()) {
            return Role.NUMBER;
        }
        if (QUARTER.matcher(last).find()) {
            return Role.QUARTER;
        }
        if (h.matches(c, BUDGET)) {
            if (TOTAL.matcher(last).matches() || h.columns().get(c).size() == 1) {
                return Role.TOTAL;
            }
            return Amounts.years(last).size() == 1 && last.length() <= 12 ? Role.BUDGET_YEAR : Role.SOURCE;
        }
        if (h.matches(c, STRATEGY)) {
            return Role.STRATEGIES;
        }
        if (h.matches(c, OWNER)) {
            return Role.OWNER;
        }
        if (h.matches(c, YEARS)) {
            return Role.YEARS;
        }
        if (!titleSeen && h.matches(c, TITLE)) {
            return Role.TITLE;
        }
        return Role.OTHER;
    }

    private static int quarterOf(String name) {
        Matcher m = QUARTER.matcher(name);
        if (!m.find()) {
            return 0;
        }
        if (m.group(1) != null) {
            return Integer.parseInt(WhiteSpace.arabicDigits(m.group(1)));
        }
        return switch (m.group(2)) {
            case "ต.ค." -> 1;
            case "ม.ค." -> 2;
            case "เม.ย." -> 3;
            default -> 4;
        };
    }

    /** A row that only names a strategy (one text, maybe repeated across merged cells): its number. */
    private static Integer groupRow(List<String> row) {
        List<String> texts = row.stream().map(WhiteSpace::strip).filter(x -> !x.isEmpty()).distinct().toList();
        if (texts.size() != 1) {
            return null;
        }
        Heading h = Heading.of(texts.get(0).split("\n")[0]);
        if (h == null || h.kind() != Heading.Kind.STRATEGY) {
            return null;
        }
        Matcher m = Pattern.compile("[0-9๐-๙]+").matcher(h.text());
        return m.find() ? Integer.parseInt(WhiteSpace.arabicDigits(m.group())) : null;
    }

    /** Strategy numbers in a cell: "1, 2", "กลยุทธ์ที่ ๒", "S3". */
    static List<Integer> strategyNumbers(String cell) {
        List<Integer> out = new ArrayList<>();
        Matcher m = STRATEGY_NUMBERS.matcher(cell);
        while (m.find()) {
            out.add(Integer.parseInt(WhiteSpace.arabicDigits(m.group(1))));
        }
        return out;
    }
}
