package plan.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import plan.diag.Message;
import plan.model.Activity;
import plan.model.Budget;
import plan.model.Indicator;
import plan.model.Money;
import plan.model.Period;
import plan.model.Project;
import plan.model.Span;
import plan.model.Text;
import plan.model.Year;

/**
 * The projects and indicators import finds, as the plan's model, with the comments the officer
 * should read beside them: ids are given in order (P1..., and OWNER-n for indicators), a
 * strategy number n is the strategy S n, a budget whose parts do not add up is kept as written.
 */
final class ProjectsFound {
    /** A project written as a line of text: "1. โครงการ... งบประมาณ 50,000 บาท ผู้รับผิดชอบ ...". */
    private static final Pattern TEXT_BUDGET = Pattern.compile(
            "^(.*?)[\\s,]*(?:งบประมาณ|งบ|Budget)\\s*[:：]?\\s*([0-9๐-๙][0-9๐-๙,]*(?:\\.[0-9๐-๙]{1,2})?\\s*(?:\\.-)?\\s*(?:บาท|baht)?)(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern TEXT_OWNER = Pattern.compile("^(.*?)[\\s,]*(?:ผู้รับผิดชอบ|Owner)\\s*[:：]?\\s*(.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern NUMBER = Pattern.compile("[0-9๐-๙]+");

    final List<Project> projects = new ArrayList<>();
    final Notes comments;
    private int indicatorCount;

    ProjectsFound(Notes comments) {
        this.comments = comments;
    }

    int indicators() {
        return indicatorCount;
    }

    void add(ProjectTable.Found found) {
        for (ProjectTable.Row r : found.rows()) {
            add(r);
        }
        if (!found.totals().isEmpty()) {
            String path = "projects[" + (projects.size() - 1) + "]";
            comments.add(path, Message.of("import.note.total-row", String.join("; ", found.totals())));
        }
    }

    /** A project from a list item of a projects chapter; {@code strategy} the strategy heading above it, or null. */
    void addLine(String text, Integer strategy) {
        String title = text;
        String owner = null;
        BigDecimal total = null;
        List<String> description = new ArrayList<>();
        Matcher o = TEXT_OWNER.matcher(title);
        if (o.matches()) {
            title = o.group(1);
            owner = WhiteSpace.strip(o.group(2));
        }
        Matcher b = TEXT_BUDGET.matcher(title);
        if (b.matches()) {
            total = Amounts.parse(b.group(2));
            title = b.group(1);
            if (!WhiteSpace.isBlank(b.group(3))) {
                description.add(WhiteSpace.strip(b.group(3)));
            }
        }
        List<Integer> strategies = strategy == null ? List.of() : List.of(strategy);
        add(new ProjectTable.Row(WhiteSpace.strip(title), strategies, owner, List.of(), total, Map.of(), List.of(), Map.of(),
                description, List.of()));
    }

    private void add(ProjectTable.Row r) {
        int i = projects.size();
        String path = "projects[" + i + "]";
        List<Text> strategies = r.strategies().stream().map(n -> text("S" + n)).toList();
        if (strategies.isEmpty()) {
            comments.put(path + ".title", Message.of("import.note.no-strategy"));
        } else {
            comments.put(path + ".strategies", Message.of("import.note.strategy-ids"));
        }
        Period years = r.years().isEmpty() ? null
                : new Period(new Year(r.years().get(0), Span.NONE), new Year(r.years().get(1), Span.NONE), Span.NONE);
        Budget budget = budget(r, path);
        r.notes().forEach(note -> comments.add(path + ".description", note));
        String description = r.description().isEmpty() ? null
                : String.join("\n\n", r.description().stream().map(MarkdownText::line).toList());
        projects.add(new Project(text("P" + (i + 1)), text(MarkdownText.inline(RecognizedBlock.oneLine(r.title()))), strategies, List.of(),
                r.owner() == null ? null : text(r.owner()), years, List.of(), List.of(), budget, List.of(),
                description == null ? null : text(description), null, Span.NONE));
    }

    private Budget budget(ProjectTable.Row r, String path) {
        Budget.Split sources = split(r.sources().entrySet().stream().map(e -> share(e.getKey(), e.getValue())).toList());
        Budget.Split quarters = split(r.quarters().stream().map(a -> share(null, a)).toList());
        Budget.Split years = split(r.budgetYears().entrySet().stream().map(e -> share(String.valueOf(e.getKey()), e.getValue())).toList());
        Money total = r.total() == null ? null : money(r.total());
        if (total == null) {
            for (Budget.Split s : new Budget.Split[] {sources, years, quarters}) {
                if (s != null) {
                    total = s.sum();
                    break;
                }
            }
        }
        if (total == null) {
            return null;
        }
        List<Message> off = new ArrayList<>();
        for (Object[] part : new Object[][] {{"sources", sources}, {"quarters", quarters}, {"years", years}}) {
            Budget.Split s = (Budget.Split) part[1];
            if (s != null && s.sum().amount().compareTo(total.amount()) != 0) {
                off.add(Message.of("import.note.split-off", part[0], s.sum().formatted(), total.formatted()));
            }
        }
        if (!off.isEmpty()) {
            off.forEach(note -> comments.add(path + ".budget", note));
        }
        if (sources == null && quarters == null && years == null) {
            return Budget.ofTotal(total);
        }
        return new Budget(total, years, sources, quarters, null, Span.NONE);
    }

    /**
     * A project form: merged into the project of the same title (the projects table's), or a
     * project of its own. Returns the project's index, whose form keys the writer adds.
     */
    int form(ProjectForm f) {
        String title = f.title != null ? f.title : "โครงการ";
        int i = indexOf(title);
        if (i < 0) {
            List<Integer> strategies = f.strategy == null ? List.of() : List.of(f.strategy);
            add(new ProjectTable.Row(title, strategies, f.owner, List.of(), f.budget, Map.of(), List.of(), Map.of(), List.of(), List.of()));
            i = projects.size() - 1;
            if (f.title == null) {
                comments.put("projects[" + i + "].title", Message.of("import.note.form-no-title"));
            }
        }
        String path = "projects[" + i + "]";
        Project p = projects.get(i);
        List<Text> strategies = p.strategies().isEmpty() && f.strategy != null ? List.of(text("S" + f.strategy)) : p.strategies();
        Budget budget = p.budget() != null || f.budget == null ? p.budget() : Budget.ofTotal(money(f.budget));
        if (p.budget() != null && f.budget != null && p.budget().total().amount().compareTo(f.budget) != 0) {
            comments.put(path + ".budget", Message.of("import.note.form-budget", money(f.budget).formatted()));
        }
        String description = p.description() == null ? "" : p.description().value();
        if (p.owner() != null && f.owner != null && !p.owner().value().equals(f.owner)) {
            f.notes.add(0, "**ผู้รับผิดชอบ** " + f.owner);
            comments.put(path + ".owner", Message.of("import.note.form-owner"));
        }
        if (!f.notes.isEmpty()) {
            description = (description.isEmpty() ? "" : description + "\n\n") + String.join("\n\n", f.notes);
        }
        List<Activity> activities = new ArrayList<>(p.activities());
        f.activities.forEach(a -> activities.add(new Activity(text(a), null, null, null, Span.NONE)));
        List<Text> objectives = new ArrayList<>(p.objectives());
        f.objectives.forEach(o -> objectives.add(text(o)));
        projects.set(i, new Project(p.id(), p.title(), strategies, p.goals(), p.owner() != null || f.owner == null ? p.owner() : text(f.owner),
                p.years(), objectives, p.indicators(), budget, activities, description.isEmpty() ? null : text(description), p.form(), Span.NONE));
        comments.add(path, Message.of("import.note.with-form"));
        return i;
    }

    /** The project titled {@code title}, white space aside, or -1. */
    private int indexOf(String title) {
        String key = title.replaceAll("\\s+", "");
        for (int i = 0; i < projects.size(); i++) {
            if (projects.get(i).title().value().replaceAll("\\s+", "").equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** Indicators of an item (goal or strategy {@code owner}) from a table's rows. */
    List<Indicator> indicators(String owner, List<IndicatorTable.Row> rows, List<Indicator> already) {
        List<Indicator> out = new ArrayList<>(already);
        for (IndicatorTable.Row r : rows) {
            indicatorCount++;
            List<Indicator.Target> targets = new ArrayList<>();
            r.targets().forEach((y, v) -> targets.add(new Indicator.Target(new Year(y, Span.NONE), text(v))));
            Indicator.Baseline baseline = r.baseline() == null ? null
                    : new Indicator.Baseline(r.baselineYear() == null ? null : new Year(r.baselineYear(), Span.NONE), text(r.baseline()), Span.NONE);
            String text = r.text() + (r.extra().isEmpty() ? "" : " (" + String.join("; ", r.extra()) + ")");
            out.add(new Indicator(text(owner + "-" + (out.size() + 1)), text(text), r.unit() == null ? null : text(r.unit()),
                    baseline, new Indicator.Targets(targets, Span.NONE), Span.NONE));
        }
        return out;
    }

    /** The number in a strategy heading ("กลยุทธ์ที่ ๒ ..."), or null. */
    static Integer strategyNumber(Heading h) {
        Matcher m = NUMBER.matcher(h.text());
        return m.find() ? Integer.valueOf(WhiteSpace.arabicDigits(m.group())) : null;
    }

    private static Budget.Split split(List<Budget.Share> shares) {
        return shares.isEmpty() ? null : new Budget.Split(shares, Span.NONE);
    }

    private static Budget.Share share(String name, BigDecimal amount) {
        return new Budget.Share(name == null ? null : text(name), money(amount));
    }

    private static Money money(BigDecimal amount) {
        return new Money(amount, Span.NONE);
    }

    private static Text text(String s) {
        return new Text(s, Span.NONE);
    }
}
