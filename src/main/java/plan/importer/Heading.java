package plan.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A heading as offices write them, in Thai or English, and the chapter it opens. The words and
 * their variants are here and nowhere else.
 *
 * @param kind   the chapter (or a strategy's own heading, or its guidelines)
 * @param text   the heading without a typed chapter number ("1. วิสัยทัศน์ (Vision)" gives
 *               "วิสัยทัศน์ (Vision)")
 * @param number the typed chapter number, 0 when none
 * @param rest   for a strategy heading its title, for values and focus what follows the word,
 *               for a part ("ส่วนที่ 1 บทนำ") its title
 * @param word   the words that name the kind as the source spells them (ยุทธศาสตร์ที่, กลยุทธ์); for
 *               a SWOT list's label the list (STRENGTHS...)
 */
record Heading(Kind kind, String text, int number, String rest, String word) {
    enum Kind { VISION, MISSIONS, GOALS, STRATEGIES, STRATEGY, GUIDELINES, VALUES, FOCUS, INDICATORS, PROJECTS, BUDGET,
        ANALYSIS, SWOT, PART }

    /** After the word only an English name, in parentheses or not: "วิสัยทัศน์ ( Vision )". */
    private static final String ENGLISH_ONLY = "\\s*(?:\\(\\s*[A-Za-z][A-Za-z &]*\\)|[A-Za-z][A-Za-z &]*)?\\s*[:：]?\\s*";
    private static final Pattern VISION = word("วิสัยทัศน์|Vision");
    private static final Pattern MISSIONS = word("พันธกิจ|Missions?");
    private static final Pattern GOALS = word("เป้าประสงค์(?:หลัก|เชิงกลยุทธ์)?|Goals?|Strategic Goals?");
    private static final Pattern STRATEGIES = word("(?:ประเด็น)?(?:กลยุทธ์|ยุทธศาสตร์)|Strategies|Strategic Issues");
    private static final Pattern GUIDELINES = word("แนวทางการดำเนินงาน|แนวทางการดำเนินการ|แนวทางการพัฒนา|มาตรการ|Guidelines|Measures");
    private static final Pattern INDICATORS = word("ตัวชี้วัด(?:ความสำเร็จ)?|Indicators|KPIs?");
    /** A year after a chapter's name: "โครงการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘". */
    private static final String OF_YEAR = "(?:\\s*(?:ประจำปี(?:งบประมาณ)?|ปีงบประมาณ|of|for)?\\s*(?:พ\\.\\s*ศ\\.|FY)?\\s*[0-9\u0E50-\u0E59]{4})?";
    private static final Pattern PROJECTS = word("(?:บัญชี|รายการ|รายละเอียด)?(?:โครงการ|แผนงาน/โครงการ)(?:\\s*/\\s*กิจกรรม|และกิจกรรม|ตามกลยุทธ์|ตามยุทธศาสตร์)?" + OF_YEAR + "|Projects" + OF_YEAR);
    private static final Pattern BUDGET = word("(?:สรุป|ประมาณการ|แผนการใช้|การจัดสรร)?งบประมาณ" + OF_YEAR + "|Budget" + OF_YEAR);
    private static final Pattern ANALYSIS = word("(?:ผล)?การวิเคราะห์(?:สภาพแวดล้อม|สภาพ\\S*|องค์กร|SWOT)?(?:\\s*\\(?SWOT(?:\\s*Analysis)?\\)?)?|SWOT(?:\\s*Analysis)?|Situation Analysis");
    private static final Pattern PART = Pattern.compile(
            "^(ส่วนที่|บทที่|Part|Chapter)\\s*([0-9\u0E50-\u0E59]{1,2}|[IVX]{1,5})\\s*[.:：]?\\s*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern STRATEGY = Pattern.compile(
            "^((?:กลยุทธ์|ยุทธศาสตร์)ที่|(?:Strategy|Strategic Issue))\\s*([0-9\u0E50-\u0E59]{1,2})\\s*[.:：]?\\s*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern VALUES = Pattern.compile("^(ค่านิยม\\S*|Core Values|Shared Values)(.*)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern FOCUS = Pattern.compile("^(จุดเน้น\\S*|Focus(?: Points)?)(.*)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final int MAX_LENGTH = 200;

    private static Pattern word(String words) {
        return Pattern.compile("^(" + words + ")" + ENGLISH_ONLY + "$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    }

    /** The heading {@code block} is, or null when it is not one of the plan's. */
    static Heading of(String blockText) {
        String text = WhiteSpace.strip(blockText);
        if (text.isEmpty() || text.length() > MAX_LENGTH || text.contains("\n")) {
            return null;
        }
        int number = 0;
        TypedNumber typed = TypedNumber.of(text);
        if (typed != null && !typed.bullet() && typed.depth() == 1) {
            number = typed.value();
            text = WhiteSpace.strip(typed.rest());
        }
        Matcher m = PART.matcher(text);
        if (m.matches() && number == 0) {
            return new Heading(Kind.PART, text, 0, WhiteSpace.strip(m.group(3)), m.group(1));
        }
        Swot.Side list = Swot.label(text);
        if (list != null) {
            return new Heading(Kind.SWOT, text, number, "", list.name());
        }
        m = STRATEGY.matcher(text);
        if (m.matches()) {
            return new Heading(Kind.STRATEGY, text, number, WhiteSpace.strip(m.group(3)), m.group(1));
        }
        for (Object[] simple : new Object[][] {{VISION, Kind.VISION}, {MISSIONS, Kind.MISSIONS}, {GOALS, Kind.GOALS},
                {STRATEGIES, Kind.STRATEGIES}, {GUIDELINES, Kind.GUIDELINES}, {INDICATORS, Kind.INDICATORS},
                {PROJECTS, Kind.PROJECTS}, {BUDGET, Kind.BUDGET}, {ANALYSIS, Kind.ANALYSIS}}) {
            Matcher s = ((Pattern) simple[0]).matcher(text);
            if (s.matches()) {
                return new Heading((Kind) simple[1], text, number, "", s.group(1));
            }
        }
        m = VALUES.matcher(text);
        if (m.matches()) {
            return new Heading(Kind.VALUES, text, number, WhiteSpace.strip(m.group(2)), m.group(1));
        }
        m = FOCUS.matcher(text);
        if (m.matches()) {
            return new Heading(Kind.FOCUS, text, number, WhiteSpace.strip(m.group(2)), m.group(1));
        }
        return null;
    }
}
