package plan.render.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import plan.format.BaseChain;
import plan.format.Format;
import plan.format.Keys;
import plan.model.Focus;
import plan.model.Goal;
import plan.model.Guideline;
import plan.model.Mission;
import plan.model.OutlinePart;
import plan.model.Plan;
import plan.model.Relations;
import plan.model.Section;
import plan.model.Strategy;
import plan.model.Text;
import plan.model.Values;
import plan.render.CoverLines;

/**
 * What the content template sees: the plan as plain maps, lists and strings, every text already
 * safe Markdown, numbers and cross-links worked out here so the template only lays them out.
 * Item anchors are the plan's ids, stable across builds ({@code #S2}).
 */
final class DocumentModel {
    private DocumentModel() {
    }

    static Map<String, Object> of(Plan plan) {
        return of(plan, Relations.NONE, true);
    }

    /**
     * @param relations the frameworks and plans of the run, for the alignment chapter
     * @param official  the plan's documents take the shape of an official Thai plan (its style,
     *                  as the command line, the plan and plan.config.yaml decide): the projects
     *                  chapter as one list of projects (บัญชีโครงการ), each project with form keys
     *                  as a project form in the appendix; else each project in full in the chapter
     */
    static Map<String, Object> of(Plan plan, Relations relations, boolean official) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, String> labels = Labels.of(plan);
        m.put("labels", labels);
        m.put("lang", plan.lang().code());
        m.put("id", plan.id().value());
        m.put("title", inline(plan.title()));
        put(m, "subtitle", inline(plan.subtitle()));
        m.put("organization", inline(plan.organization().name()));
        put(m, "organizationShort", inline(plan.organization().shortName()));
        m.put("period", PeriodText.of(plan.period(), labels.get("year")));
        // What the official title block leaves out, as the PDF's cover does (CoverLines).
        m.put("subtitleAdds", plan.subtitle() != null
                && CoverLines.subtitleAdds(plan.subtitle().value(), plan.organization().name().value()));
        m.put("periodAdds", CoverLines.periodAdds(plan.title().value(), (String) m.get("period")));
        // The plan its inherited parts are written in: in a chain of bases, the farthest, not the nearest.
        put(m, "basedOn", inline(BaseChain.inheritedTitle(plan)));
        put(m, "preamble", block(plan.preamble()));
        put(m, "preface", preface(plan.tree().mapping(Keys.PREFACE)));
        m.put("vision", inline(plan.vision()));
        m.put("missions", missions(plan));
        m.put("goals", goals(plan));
        m.put("strategies", strategies(plan));
        put(m, "values", values(plan.values()));
        put(m, "focus", focus(plan.focus(), labels));
        put(m, "alignment", AlignmentTables.of(plan, relations, labels));
        m.put("chapters", chapters(plan, m.containsKey("alignment")));
        m.put("matrix", matrix(plan));
        ActionPlanModel.add(plan, m);
        AnalysisModel.add(plan, m, labels);
        m.put("official", official);
        alignsOfProjects(m);
        return m;
    }

    /** Each project's "aligns with" words, as the alignment chapter writes them, for its project form. */
    @SuppressWarnings("unchecked")
    private static void alignsOfProjects(Map<String, Object> m) {
        if (!(m.get("alignment") instanceof Map<?, ?> alignment)) {
            return;
        }
        Map<Object, Object> targets = new LinkedHashMap<>();
        for (Map<String, Object> row : (List<Map<String, Object>>) alignment.get("projects")) {
            targets.put(row.get("id"), row.get("targets"));
        }
        for (Map<String, Object> p : (List<Map<String, Object>>) m.get("projects")) {
            if (targets.containsKey(p.get("id"))) {
                p.put("aligns", targets.get(p.get("id")));
            }
        }
    }

    /**
     * The chapters in the outline's order, each part of an outline of parts (ส่วนที่ n) before the
     * chapters it groups. Chapters the outline leaves out follow it in the default order: no source
     * text is lost.
     */
    private static List<Map<String, Object>> chapters(Plan plan, boolean aligns) {
        Map<String, OutlinePart> partStarting = new LinkedHashMap<>();
        for (OutlinePart part : OutlinePart.of(plan)) {
            part.chapters().stream().findFirst().ifPresent(first -> partStarting.putIfAbsent(first.value(), part));
        }
        List<String> order = new ArrayList<>();
        plan.outline().forEach(t -> order.add(t.value()));
        order.addAll(Format.CHAPTERS);
        plan.sections().forEach(s -> order.add(s.id().value()));
        List<Map<String, Object>> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        int parts = 0;
        for (String name : order) {
            if (!seen.add(name)) {
                continue;
            }
            OutlinePart part = partStarting.remove(name);
            if (part != null) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("kind", "part");
                p.put("id", "part-" + ++parts);
                p.put("number", parts);
                put(p, "title", inline(part.title()));
                out.add(p);
            }
            Section section = plan.sections().stream().filter(s -> s.id().value().equals(name)).findFirst().orElse(null);
            Map<String, Object> c = new LinkedHashMap<>();
            if (section != null) {
                c.put("kind", "section");
                c.put("id", name);
                c.put("title", inline(section.title()));
                c.put("body", section.body() == null ? "" : block(section.body()));
            } else if (present(plan, name) || name.equals(Format.ALIGNMENT) && aligns) {
                c.put("kind", name);
                c.put("id", name);
            } else {
                continue;
            }
            out.add(c);
        }
        out.add(matrixPlace(out), Map.of("kind", "matrix"));
        return out;
    }

    /**
     * Where the matrix of missions, goals and strategies stands: after the chapters; in a document
     * of parts, at the end of the part that holds the strategies, the direction it sums up (the
     * last part holds the projects and budget).
     */
    private static int matrixPlace(List<Map<String, Object>> chapters) {
        boolean inStrategiesPart = false;
        for (int i = 0; i < chapters.size(); i++) {
            Object kind = chapters.get(i).get("kind");
            if (Keys.STRATEGIES.equals(kind)) {
                inStrategiesPart = true;
            } else if (inStrategiesPart && "part".equals(kind)) {
                return i;
            }
        }
        return chapters.size();
    }

    /** An optional chapter with nothing to say is left out rather than printed empty. */
    private static boolean present(Plan plan, String chapter) {
        return !chapter.equals(Format.ALIGNMENT) && plan.hasChapter(chapter);
    }

    private static List<Map<String, Object>> missions(Plan plan) {
        List<Map<String, Object>> out = new ArrayList<>();
        int n = 0;
        for (Mission mission : plan.missions()) {
            Map<String, Object> m = item(mission.id(), ++n);
            m.put("text", inline(mission.text()));
            out.add(m);
        }
        return out;
    }

    private static List<Map<String, Object>> goals(Plan plan) {
        Map<String, Integer> missionNumbers = numbers(plan.missions().stream().map(Mission::id).toList());
        Map<String, Integer> strategyNumbers = numbers(plan.strategies().stream().map(Strategy::id).toList());
        List<Map<String, Object>> out = new ArrayList<>();
        int n = 0;
        for (Goal goal : plan.goals()) {
            Map<String, Object> g = item(goal.id(), ++n);
            g.put("text", inline(goal.text()));
            g.put("missions", refs(goal.missions().stream().map(Text::value).toList(), missionNumbers));
            List<String> pursuedBy = plan.strategies().stream()
                    .filter(s -> s.goals().stream().anyMatch(r -> r.value().equals(goal.id().value())))
                    .map(s -> s.id().value()).toList();
            g.put("strategies", refs(pursuedBy, strategyNumbers));
            g.put("indicators", ActionPlanModel.indicators(goal.indicators(), plan.period()));
            out.add(g);
        }
        return out;
    }

    private static List<Map<String, Object>> strategies(Plan plan) {
        Map<String, Integer> goalNumbers = numbers(plan.goals().stream().map(Goal::id).toList());
        List<Map<String, Object>> out = new ArrayList<>();
        int n = 0;
        for (Strategy strategy : plan.strategies()) {
            Map<String, Object> s = item(strategy.id(), ++n);
            s.put("title", inline(strategy.title()));
            put(s, "description", block(strategy.description()));
            s.put("goals", refs(strategy.goals().stream().map(Text::value).toList(), goalNumbers));
            s.put("guidelines", guidelines(strategy.guidelines()));
            s.put("indicators", ActionPlanModel.indicators(strategy.indicators(), plan.period()));
            out.add(s);
        }
        return out;
    }

    private static List<Map<String, Object>> guidelines(List<Guideline> guidelines) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Guideline g : guidelines) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("text", inline(g.text()));
            m.put("items", guidelines(g.items()));
            out.add(m);
        }
        return out;
    }

    private static Map<String, Object> values(Values values) {
        if (values == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "name", inline(values.name()));
        put(m, "motto", inline(values.motto()));
        put(m, "description", block(values.description()));
        List<Map<String, Object>> items = new ArrayList<>();
        values.items().forEach(i -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("key", cell(i.key()));
            item.put("name", i.name() == null ? "" : cell(i.name()));
            item.put("text", cell(i.text()));
            items.add(item);
        });
        m.put("items", items);
        return m;
    }

    private static Map<String, Object> focus(Focus focus, Map<String, String> labels) {
        if (focus == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "title", inline(focus.title()));
        if (focus.year() != null) {
            m.put("year", labels.get("year") + " " + focus.year().value());
        }
        List<Map<String, Object>> items = new ArrayList<>();
        focus.items().forEach(i -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("text", inline(i.text()));
            put(item, "tag", inline(i.tag()));
            items.add(item);
        });
        m.put("items", items);
        return m;
    }

    /** Traceability: each mission, the goals that serve it and the strategies that pursue those. */
    private static List<Map<String, Object>> matrix(Plan plan) {
        Map<String, Integer> goalNumbers = numbers(plan.goals().stream().map(Goal::id).toList());
        Map<String, Integer> strategyNumbers = numbers(plan.strategies().stream().map(Strategy::id).toList());
        Map<String, String> goalTexts = new LinkedHashMap<>();
        plan.goals().forEach(g -> goalTexts.putIfAbsent(g.id().value(), cell(g.text())));
        Map<String, String> strategyTitles = new LinkedHashMap<>();
        plan.strategies().forEach(s -> strategyTitles.putIfAbsent(s.id().value(), cell(s.title())));
        List<Map<String, Object>> rows = new ArrayList<>();
        int n = 0;
        for (Mission mission : plan.missions()) {
            Map<String, Object> row = item(mission.id(), ++n);
            List<String> goals = plan.goals().stream()
                    .filter(g -> g.missions().stream().anyMatch(r -> r.value().equals(mission.id().value())))
                    .map(g -> g.id().value()).toList();
            Set<String> strategies = new LinkedHashSet<>();
            for (Strategy s : plan.strategies()) {
                if (s.goals().stream().anyMatch(r -> goals.contains(r.value()))) {
                    strategies.add(s.id().value());
                }
            }
            row.put("text", cell(mission.text()));
            row.put("goals", titled(refs(goals, goalNumbers), goalTexts));
            row.put("strategies", titled(refs(List.copyOf(strategies), strategyNumbers), strategyTitles));
            rows.add(row);
        }
        return rows;
    }

    /** References with their items' texts, for a table that names each item in full (the official matrix). */
    private static List<Map<String, Object>> titled(List<Map<String, Object>> refs, Map<String, String> texts) {
        refs.forEach(r -> r.put("text", texts.get(r.get("id"))));
        return refs;
    }

    private static Map<String, Object> item(Text id, int number) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id.value());
        m.put("number", number);
        return m;
    }

    /** References as {id, number}, so the template can write "เป้าประสงค์ที่ 2" linking to #G2. */
    static List<Map<String, Object>> refs(List<String> ids, Map<String, Integer> numbers) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String id : ids) {
            Integer number = numbers.get(id);
            if (number != null) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("id", id);
                r.put("number", number);
                out.add(r);
            }
        }
        return out;
    }

    static Map<String, Integer> numbers(List<Text> ids) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            out.putIfAbsent(ids.get(i).value(), i + 1);
        }
        return out;
    }

    /** คำนำ: its text, and the lines of its signature block (name, position, date), if any. */
    private static Map<String, Object> preface(plan.model.Value.Mapping preface) {
        String text = preface == null ? null : block(preface.text(Keys.TEXT));
        if (text == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", text);
        plan.model.Value.Mapping signed = preface.mapping(Keys.SIGNED);
        List<String> lines = new java.util.ArrayList<>();
        if (signed != null) {
            for (String key : List.of(Keys.NAME, Keys.POSITION, Keys.DATE)) {
                String line = inline(signed.text(key));
                if (line != null) {
                    lines.add(key.equals(Keys.NAME) ? "(" + line + ")" : line);
                }
            }
        }
        m.put("signed", lines);
        return m;
    }

    static String inline(Text text) {
        return text == null || text.isBlank() ? null : SafeMarkdown.inline(text.value());
    }

    static String block(Text text) {
        return text == null || text.isBlank() ? null : SafeMarkdown.block(text.value().strip());
    }

    /** A table cell: one line, with the cell separator escaped. */
    static String cell(Text text) {
        String s = inline(text);
        return s == null ? "" : s.replace("|", "\\|");
    }

    private static void put(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
