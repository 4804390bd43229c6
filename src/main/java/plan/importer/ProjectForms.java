package plan.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds project forms (แบบเสนอโครงการ) among a document's paragraphs and reads them: written as
 * labelled paragraphs ("1. ชื่อโครงการ ...", "2. หลักการและเหตุผล" with text under it) or as a
 * two-column table of label and value, with the evaluation as a table of indicator, method and
 * tool, and the signature lines at the end. The form's paragraphs are taken out of the document;
 * every word of them lands in a field or in the form's notes.
 */
final class ProjectForms {
    enum Field { TITLE, STRATEGY, STANDARDS, KIND, OWNER, PERIOD, RATIONALE, OBJECTIVES, QUANTITY, QUALITY, OUTPUTS,
        ACTIVITIES, BUDGET, EVALUATION, EXPECTED }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS | Pattern.DOTALL;
    private static final Pattern FORM_TITLE = Pattern.compile("^(?:แบบ(?:เสนอ|ขออนุมัติ)โครงการ|Project Proposal(?: Form)?)\\s*[:：]?\\s*$", FLAGS);
    /**
     * The labels of the fields, as offices write them; quantity and quality before the target they
     * belong to. Fixed data: filled once below, only read after.
     */
    private static final Map<Field, Pattern> LABELS = new LinkedHashMap<>();
    private static final Pattern ROLE = Pattern.compile("(ผู้(?:ขอ)?เสนอโครงการ|ผู้เห็นชอบโครงการ|ผู้อนุมัติโครงการ|Proposed by|Endorsed by|Approved by)", FLAGS);
    private static final Pattern NAME_IN_PARENS = Pattern.compile("^\\(\\s*([^()]*?)\\s*\\)$");
    private static final Pattern POSITION = Pattern.compile("^(?:ตำแหน่ง|Position)\\s*[:：]?\\s*(.*)$", FLAGS);
    private static final Pattern SIGN = Pattern.compile("^\\(?(?:ลงชื่อ|ลงนาม|Signed)\\)?\\s*[:：]?", FLAGS);
    private static final Pattern DOTS = Pattern.compile("[.…_]{2,}");
    private static final Pattern NUMBER = Pattern.compile("[0-9๐-๙]+");
    private static final Pattern AMOUNT = Pattern.compile("[0-9๐-๙][0-9๐-๙,]*(?:\\.[0-9๐-๙]{1,2})?\\s*(?:\\.-)?\\s*(?:บาท|baht)?");
    /** A kind, with the box before it: ☑ โครงการใหม่ ☐ โครงการต่อเนื่อง, [x] ใหม่. */
    private static final Pattern KIND_WORD = Pattern.compile("([☐☑☒□■✓✔]|\\[\\s*[xX/✓]?\\s*])?\\s*(?:โครงการ)?\\s*(ใหม่|ต่อเนื่อง)");
    private static final int LABEL_LINE_MAX = 120;

    static {
        label(Field.TITLE, "ชื่อโครงการ|Project Title|Project Name");
        label(Field.STRATEGY, "สนอง(?:กลยุทธ์|ยุทธศาสตร์)(?:ของ\\S*)?|ความสอดคล้องกับ(?:กลยุทธ์|ยุทธศาสตร์)|Strateg(?:y|ies)");
        label(Field.STANDARDS, "สนองมาตรฐาน\\S*|มาตรฐาน(?:การศึกษา|ที่เกี่ยวข้อง)|Standards");
        label(Field.KIND, "ลักษณะโครงการ|Kind of Project|Project Type");
        label(Field.OWNER, "ผู้รับผิดชอบ(?:โครงการ)?|Owner|Responsible");
        label(Field.PERIOD, "ระยะเวลา(?:ดำเนินการ|ดำเนินงาน|ในการดำเนินการ|ในการดำเนินงาน)?|Period|Duration");
        label(Field.RATIONALE, "หลักการและเหตุผล|Rationale");
        label(Field.OBJECTIVES, "วัตถุประสงค์|Objectives?");
        label(Field.QUANTITY, "(?:เป้าหมาย)?\\s*เชิงปริมาณ|Quantity|Quantitative");
        label(Field.QUALITY, "(?:เป้าหมาย)?\\s*เชิงคุณภาพ|Quality|Qualitative");
        label(Field.OUTPUTS, "เป้าหมาย|Targets|Outputs");
        label(Field.ACTIVITIES, "กิจกรรม(?:และการดำเนินงาน|และ(?:วิธี|ขั้นตอน)การดำเนินงาน)?|วิธีดำเนินการ|วิธีการดำเนินงาน|ขั้นตอนการดำเนินงาน|Activities");
        label(Field.BUDGET, "งบประมาณ(?:ที่ใช้|ทั้งสิ้น)?|Budget");
        label(Field.EVALUATION, "(?:การ(?:วัดและ)?ประเมินผล(?:โครงการ)?)|Evaluation");
        label(Field.EXPECTED, "ผลที่คาดว่าจะได้รับ|Expected (?:Results|Outcomes)");
    }

    private static void label(Field f, String words) {
        LABELS.put(f, Pattern.compile("^(?:" + words + ")(?:\\s*\\([A-Za-z ]+\\))?\\s*(?:[:：]\\s*)?(.*)$", FLAGS));
    }

    /** The document without its forms, and the forms. */
    record Taken(List<RecognizedBlock> rest, List<ProjectForm> forms) {
    }

    private ProjectForms() {
    }

    static Taken take(List<RecognizedBlock> paras) {
        List<RecognizedBlock> rest = new ArrayList<>();
        List<ProjectForm> forms = new ArrayList<>();
        Reading reading = null;
        for (RecognizedBlock p : paras) {
            if (reading != null && reading.takes(p)) {
                continue;
            }
            if (reading != null) {
                forms.add(reading.done());
                reading = null;
            }
            if (!p.table() && FORM_TITLE.matcher(WhiteSpace.strip(p.text())).matches()) {
                reading = new Reading(false);
            } else if (p.table() && isFormTable(p.rows())) {
                reading = new Reading(true);
                reading.table(p.rows());
            } else if (!p.table() && labelled(p) != null && labelled(p).field == Field.TITLE) {
                reading = new Reading(false);
                reading.takes(p);
            } else {
                rest.add(p);
            }
        }
        if (reading != null) {
            forms.add(reading.done());
        }
        return new Taken(rest, forms);
    }

    /** A table of label and value whose labels include the project's name and one more field. */
    private static boolean isFormTable(List<List<String>> rows) {
        if (rows == null) {
            return false;
        }
        List<Field> fields = rows.stream().filter(r -> !r.isEmpty()).map(r -> field(r.get(0))).filter(f -> f != null).map(l -> l.field).toList();
        return fields.contains(Field.TITLE) && fields.size() >= 2;
    }

    private record Labelled(Field field, String rest) {
    }

    private static Labelled labelled(RecognizedBlock p) {
        if (p.table()) {
            return null;
        }
        return field(p.typed() != null && !p.typed().bullet() ? p.typed().rest() : p.text());
    }

    private static Labelled field(String text) {
        String t = WhiteSpace.strip(text);
        String first = t.split("\n", 2)[0];
        if (first.length() > LABEL_LINE_MAX) {
            return null;
        }
        for (Map.Entry<Field, Pattern> e : LABELS.entrySet()) {
            Matcher m = e.getValue().matcher(t);
            if (m.matches()) {
                return new Labelled(e.getKey(), WhiteSpace.strip(m.group(1)));
            }
        }
        return null;
    }

    /** One form being read: the field it is in, what each field has gathered. */
    private static final class Reading {
        private final ProjectForm form = new ProjectForm();
        /** A form written as a table takes after it only labels, signature lines and tables. */
        private boolean fromTable;
        private Field field;
        private final Map<Field, List<RecognizedBlock>> values = new LinkedHashMap<>();
        private String[] approval;
        private boolean signing;

        Reading(boolean fromTable) {
            this.fromTable = fromTable;
        }

        void table(List<List<String>> rows) {
            for (List<String> row : rows) {
                List<String> cells = row.stream().map(WhiteSpace::strip).filter(c -> !c.isEmpty()).distinct().toList();
                if (cells.isEmpty()) {
                    continue;
                }
                Labelled l = field(cells.get(0));
                List<String> value = cells.subList(1, cells.size());
                if (ROLE.matcher(cells.get(0)).find()) {
                    String role = role(cells.get(0));
                    approval = new String[] {role, null, null};
                    form.approvals.add(approval);
                    String rest = WhiteSpace.strip(ROLE.matcher(cells.get(0)).replaceAll(""));
                    List<String> lines = new ArrayList<>();
                    if (!SIGN.matcher(rest).replaceAll("").isBlank() && !DOTS.matcher(SIGN.matcher(rest).replaceAll("")).replaceAll("").isBlank()) {
                        lines.add(rest);
                    }
                    value.forEach(v -> lines.addAll(Arrays.asList(v.split("\n"))));
                    lines.forEach(this::sign);
                    continue;
                }
                if (l == null) {
                    form.notes.add(String.join(" | ", cells.stream().map(MarkdownText::tableCell).toList()));
                    continue;
                }
                field = l.field;
                List<RecognizedBlock> ps = values.computeIfAbsent(field, f -> new ArrayList<>());
                if (!l.rest.isEmpty()) {
                    ps.add(plain(l.rest));
                }
                for (String v : value) {
                    for (String line : v.split("\n")) {
                        if (!WhiteSpace.isBlank(line)) {
                            ps.add(plain(line));
                        }
                    }
                }
                if (field == Field.TITLE && form.title == null && !ps.isEmpty()) {
                    form.title = MarkdownText.inline(RecognizedBlock.oneLine(ps.remove(0).text()));
                }
            }
            field = null;
        }

        /** Whether {@code p} belongs to the form (and is read into it). */
        boolean takes(RecognizedBlock p) {
            Labelled l = labelled(p);
            String text = WhiteSpace.strip(p.text());
            if (!p.table() && ROLE.matcher(text).find() && text.length() <= LABEL_LINE_MAX) {
                approval = new String[] {role(text), null, null};
                form.approvals.add(approval);
                signing = true;
                String rest = WhiteSpace.strip(ROLE.matcher(text).replaceAll(""));
                sign(rest);
                return true;
            }
            if (signing && !p.table()) {
                if (approval[1] != null && approval[2] != null || l != null || p.heading() != null || text.length() > LABEL_LINE_MAX) {
                    return false; // the signatures are the end of the form
                }
                sign(text);
                return true;
            }
            if (l != null && l.field == Field.TITLE && form.title != null) {
                return false; // the next form
            }
            if (!p.table() && FORM_TITLE.matcher(text).matches()) {
                return values.isEmpty() && !fromTable && form.notes.isEmpty(); // a second title starts the next form
            }
            if (l != null) {
                field = l.field;
                List<RecognizedBlock> ps = values.computeIfAbsent(field, f -> new ArrayList<>());
                if (l.field == Field.TITLE && !l.rest.isEmpty() && form.title == null) {
                    form.title = MarkdownText.inline(RecognizedBlock.oneLine(l.rest));
                } else if (!l.rest.isEmpty()) {
                    ps.add(plain(l.rest));
                }
                return true;
            }
            if (p.table() && values.isEmpty() && form.title == null && isFormTable(p.rows())) {
                fromTable = true; // the form's title, then the form as a table
                table(p.rows());
                return true;
            }
            if (p.table() && isEvaluation(p.rows())) {
                evaluation(p.rows());
                return true;
            }
            if (fromTable || p.heading() != null || p.headingStyled()) {
                return false;
            }
            if (field == null) {
                form.notes.add(MarkdownText.body(List.of(p)));
            } else {
                values.get(field).add(p);
            }
            return true;
        }

        /** A line of a signature block: the name (in parentheses, or the first), then the position. */
        private void sign(String line) {
            String t = WhiteSpace.strip(DOTS.matcher(SIGN.matcher(WhiteSpace.strip(line)).replaceAll("")).replaceAll(" "));
            if (t.isEmpty()) {
                return;
            }
            Matcher position = POSITION.matcher(t);
            Matcher name = NAME_IN_PARENS.matcher(t);
            if (position.matches()) {
                approval[2] = join(approval[2], WhiteSpace.strip(position.group(1)));
            } else if (name.matches() && approval[1] == null) {
                approval[1] = WhiteSpace.strip(name.group(1));
            } else if (approval[1] == null) {
                approval[1] = t;
            } else {
                approval[2] = join(approval[2], t);
            }
        }

        private static String join(String a, String b) {
            return a == null || a.isEmpty() ? b : a + " " + b;
        }

        private void evaluation(List<List<String>> rows) {
            for (List<String> row : rows.subList(1, rows.size())) {
                List<String> cells = row.stream().map(c -> WhiteSpace.strip(c).replaceAll("\\s*\\n\\s*", " ")).toList();
                if (cells.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                String tool = cells.size() > 2 ? String.join("; ", cells.subList(2, cells.size()).stream().filter(c -> !c.isEmpty()).toList()) : "";
                form.evaluation.add(List.of(cells.get(0), cells.size() > 1 ? cells.get(1) : "", tool));
            }
        }

        ProjectForm done() {
            values.forEach(this::read);
            return form;
        }

        private void read(Field f, List<RecognizedBlock> ps) {
            List<String> lines = new ArrayList<>();
            for (RecognizedBlock p : ps) {
                if (p.table()) {
                    if (f == Field.EVALUATION && isEvaluation(p.rows())) {
                        evaluation(p.rows());
                    } else {
                        form.notes.add(p.text());
                    }
                } else {
                    for (String line : p.text().split("\n")) {
                        TypedNumber typed = TypedNumber.of(line);
                        lines.add(WhiteSpace.strip(typed != null ? typed.rest() : line));
                    }
                }
            }
            lines.removeIf(String::isEmpty);
            switch (f) {
                case TITLE -> {
                    if (form.title == null && !lines.isEmpty()) {
                        form.title = MarkdownText.inline(lines.remove(0));
                    }
                    lines.forEach(l -> note("ชื่อโครงการ", l));
                }
                case STRATEGY -> {
                    String all = String.join(" ", lines);
                    Matcher m = NUMBER.matcher(all);
                    if (m.find()) {
                        form.strategy = Integer.valueOf(WhiteSpace.arabicDigits(m.group()));
                    } else {
                        note("สนองกลยุทธ์", all);
                    }
                }
                case STANDARDS -> form.standards.addAll(inline(lines));
                case KIND -> form.kind = kind(lines);
                case OWNER -> form.owner = lines.isEmpty() ? null : MarkdownText.inline(String.join(", ", lines));
                case PERIOD -> note("ระยะเวลาดำเนินการ", String.join(" ", lines));
                case RATIONALE -> lines.forEach(l -> form.rationale.add(MarkdownText.line(l)));
                case OBJECTIVES -> form.objectives.addAll(inline(lines));
                case QUANTITY -> form.quantity.addAll(inline(lines));
                case QUALITY -> form.quality.addAll(inline(lines));
                case OUTPUTS -> {
                    lines.forEach(l -> note("เป้าหมาย", l));
                }
                case ACTIVITIES -> form.activities.addAll(inline(lines));
                case BUDGET -> budget(lines);
                case EVALUATION -> lines.forEach(l -> note("การประเมินผล", l));
                case EXPECTED -> form.expected.addAll(inline(lines));
            }
        }

        private void budget(List<String> lines) {
            String all = String.join(" ", lines);
            Matcher m = AMOUNT.matcher(all);
            if (m.find() && Amounts.parse(m.group()) != null) {
                form.budget = Amounts.parse(m.group());
                String rest = WhiteSpace.strip(all.substring(0, m.start()) + " " + all.substring(m.end()));
                if (!rest.isEmpty() && !rest.matches("(?:จำนวน|รวม|ทั้งสิ้น|\\s)*")) {
                    note("งบประมาณ", all);
                }
            } else if (!all.isEmpty()) {
                note("งบประมาณ", all);
            }
        }

        /** โครงการใหม่ or โครงการต่อเนื่อง: the one ticked when both are written, else the one written. */
        private String kind(List<String> lines) {
            String all = String.join(" ", lines);
            Matcher m = KIND_WORD.matcher(all);
            String ticked = null;
            java.util.Set<String> written = new java.util.HashSet<>();
            while (m.find()) {
                String kind = m.group(2).equals("ใหม่") ? "new" : "continuing";
                written.add(kind);
                if (m.group(1) != null && !m.group(1).matches("[☐□]|\\[\\s*]")) {
                    ticked = kind;
                }
            }
            String kind = ticked != null ? ticked : written.size() == 1 ? written.iterator().next() : null;
            if (kind == null || !WhiteSpace.strip(KIND_WORD.matcher(all).replaceAll("").replaceAll("[☐☑☒□■✓✔\\[\\]xX/]", "")).isEmpty()) {
                note("ลักษณะโครงการ", all);
            }
            return kind;
        }

        private void note(String label, String text) {
            if (!WhiteSpace.isBlank(text)) {
                form.notes.add("**" + label + "** " + MarkdownText.inline(text));
            }
        }

        private static List<String> inline(List<String> lines) {
            return lines.stream().map(MarkdownText::inline).toList();
        }
    }

    private static String role(String text) {
        Matcher m = ROLE.matcher(text);
        m.find();
        return m.group(1);
    }

    /** A table whose header reads indicator, method (and tool): the form's evaluation. */
    private static boolean isEvaluation(List<List<String>> rows) {
        if (rows == null || rows.size() < 2 || rows.get(0).size() < 2) {
            return false;
        }
        List<String> h = rows.get(0);
        return h.get(0).matches("(?s).*(ตัวชี้วัด|Indicator).*") && h.get(1).matches("(?s).*(วิธี|Method).*");
    }

    private static RecognizedBlock plain(String text) {
        return new RecognizedBlock(text, TypedNumber.of(text), null, null, false, false, false, null);
    }
}
