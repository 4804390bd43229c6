package plan.render.export;

import java.util.List;
import java.util.Map;

/**
 * The CSV tables of a plan and of a results file, read off their JSON documents (so a figure is
 * worked out once): one row per project, one per indicator and year (a plan's targets) or per
 * indicator (a results file's values). Lists of ids in a cell are separated by spaces.
 */
final class ExportTables {
    private ExportTables() {
    }

    /** {@code projects}: id, number, label, title, owner, strategies, goals, years, budget. */
    static CsvTable planProjects(Map<String, Object> plan) {
        CsvTable t = new CsvTable(List.of("id", "number", "label", "title", "owner", "strategies", "goals", "from", "to",
                "budget"));
        for (Map<String, Object> p : list(plan, "projects")) {
            Map<String, Object> years = map(p, "years");
            Map<String, Object> budget = map(p, "budget");
            t.row(p.get("id"), p.get("number"), p.get("label"), p.get("title"), p.get("owner"), ids(p, "strategies"),
                    ids(p, "goals"), years == null ? null : years.get("from"), years == null ? null : years.get("to"),
                    budget == null ? null : budget.get("total"));
        }
        return t;
    }

    /** {@code indicators}: one row per indicator and target year (one with no year where it has no target). */
    static CsvTable planIndicators(Map<String, Object> plan) {
        CsvTable t = new CsvTable(List.of("id", "owner_kind", "owner", "text", "unit", "direction", "baseline_year",
                "baseline", "year", "target"));
        for (String kind : List.of("goal", "strategy", "project")) {
            for (Map<String, Object> owner : list(plan, kind.equals("strategy") ? "strategies" : kind + "s")) {
                for (Map<String, Object> i : list(owner, "indicators")) {
                    Map<String, Object> baseline = map(i, "baseline");
                    Object baseYear = baseline == null ? null : baseline.get("year");
                    Object baseValue = baseline == null ? null : baseline.get("value");
                    List<Map<String, Object>> targets = list(i, "targets");
                    if (targets.isEmpty()) {
                        t.row(i.get("id"), kind, owner.get("id"), i.get("text"), i.get("unit"), i.get("direction"),
                                baseYear, baseValue, null, null);
                    }
                    for (Map<String, Object> target : targets) {
                        t.row(i.get("id"), kind, owner.get("id"), i.get("text"), i.get("unit"), i.get("direction"),
                                baseYear, baseValue, target.get("year"), target.get("value"));
                    }
                }
            }
        }
        return t;
    }

    /** {@code projects} of a results file: status, allocated for its fiscal year, spent, per cent, note. */
    static CsvTable resultsProjects(Map<String, Object> results) {
        CsvTable t = new CsvTable(List.of("id", "title", "status", "allocated", "spent", "percent", "note"));
        for (Map<String, Object> p : list(results, "projects")) {
            t.row(p.get("id"), p.get("title"), p.get("status"), p.get("allocated"), p.get("spent"), p.get("percent"),
                    p.get("note"));
        }
        return t;
    }

    /** {@code indicators} of a results file: target of its fiscal year, value, status, note, previous value. */
    static CsvTable resultsIndicators(Map<String, Object> results) {
        CsvTable t = new CsvTable(List.of("id", "owner_kind", "owner", "text", "unit", "year", "target", "value",
                "status", "note", "previous_value"));
        for (Map<String, Object> i : list(results, "indicators")) {
            Map<String, Object> owner = map(i, "owner");
            t.row(i.get("id"), owner.get("kind"), owner.get("id"), i.get("text"), i.get("unit"), results.get("fiscalYear"),
                    i.get("target"), i.get("value"), i.get("status"), i.get("note"), i.get("previousValue"));
        }
        return t;
    }

    @SuppressWarnings("unchecked")
    private static String ids(Map<String, Object> item, String key) {
        Object ids = item.get(key);
        return ids == null ? null : String.join(" ", (List<String>) ids);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> doc, String key) {
        Object v = doc.get(key);
        return v == null ? List.of() : (List<Map<String, Object>>) v;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> doc, String key) {
        return (Map<String, Object>) doc.get(key);
    }
}
