package plan.render.markdown;

import java.util.HashMap;
import java.util.Map;

import plan.model.Lang;
import plan.model.Plan;
import plan.model.Text;

/** The generated words of a document: the defaults of its language, then the plan's own. */
public final class Labels {
    private static final Map<String, String> TH = Map.ofEntries(
            Map.entry("preamble", "บทนำ"),
            Map.entry("vision", "วิสัยทัศน์"),
            Map.entry("missions", "พันธกิจ"),
            Map.entry("mission", "พันธกิจที่"),
            Map.entry("values", "ค่านิยมองค์กร"),
            Map.entry("goals", "เป้าประสงค์"),
            Map.entry("goal", "เป้าประสงค์ที่"),
            Map.entry("strategies", "กลยุทธ์"),
            Map.entry("strategy", "กลยุทธ์ที่"),
            Map.entry("guidelines", "แนวทางการดำเนินงาน"),
            Map.entry("focus", "จุดเน้น"),
            Map.entry("matrix", "ความเชื่อมโยงพันธกิจ เป้าประสงค์ และกลยุทธ์"),
            Map.entry("contents", "สารบัญ"),
            Map.entry("organization", "หน่วยงาน"),
            Map.entry("period", "ระยะเวลา"),
            Map.entry("year", "พ.ศ."),
            Map.entry("serves", "ตอบสนอง"),
            Map.entry("pursues", "มุ่งสู่"),
            Map.entry("pursued-by", "ดำเนินการโดย"),
            Map.entry("letter", "อักษร"),
            Map.entry("name", "ชื่อ"),
            Map.entry("meaning", "ความหมาย"),
            Map.entry("page", "หน้า"),
            Map.entry("plans", "แผนทั้งหมด"),
            Map.entry("plan", "แผน"),
            Map.entry("status", "ผลการตรวจ"));

    private static final Map<String, String> EN = Map.ofEntries(
            Map.entry("preamble", "Introduction"),
            Map.entry("vision", "Vision"),
            Map.entry("missions", "Missions"),
            Map.entry("mission", "Mission"),
            Map.entry("values", "Core values"),
            Map.entry("goals", "Goals"),
            Map.entry("goal", "Goal"),
            Map.entry("strategies", "Strategies"),
            Map.entry("strategy", "Strategy"),
            Map.entry("guidelines", "Guidelines"),
            Map.entry("focus", "Focus points"),
            Map.entry("matrix", "Missions, goals and strategies"),
            Map.entry("contents", "Contents"),
            Map.entry("organization", "Organization"),
            Map.entry("period", "Period"),
            Map.entry("year", "B.E."),
            Map.entry("serves", "Serves"),
            Map.entry("pursues", "Pursues"),
            Map.entry("pursued-by", "Pursued by"),
            Map.entry("letter", "Letter"),
            Map.entry("name", "Name"),
            Map.entry("meaning", "Meaning"),
            Map.entry("page", "Page"),
            Map.entry("plans", "Plans"),
            Map.entry("plan", "Plan"),
            Map.entry("status", "Check"));

    private Labels() {
    }

    public static Map<String, String> defaults(Lang lang) {
        return lang == Lang.EN ? EN : TH;
    }

    /** Defaults overridden by the plan's {@code labels}, each made safe as inline Markdown. */
    static Map<String, String> of(Plan plan) {
        Map<String, String> out = new HashMap<>(defaults(plan.lang()));
        for (Map.Entry<String, Text> e : plan.labels().entrySet()) {
            out.put(e.getKey(), SafeMarkdown.inline(e.getValue().value()));
        }
        return out;
    }
}
