package plan.render.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import plan.format.Format;
import plan.format.JsonSchema;
import plan.format.JsonWriter;
import plan.model.Outcome;

/**
 * The JSON Schemas (draft-07) of the exports, {@code schema/plan-export.schema.json} and
 * {@code schema/results-export.schema.json}: the shape {@link PlanExport} and {@link ResultsExport}
 * write, closed (no key beyond those listed), so that a test validating every export against it
 * notices a key added on one side only. Descriptions in Thai and English, beside the plan
 * schema's ({@code export.} keys of {@code plan/format/schema-*.properties}).
 */
public final class ExportSchema {
    private static final String DRAFT = "http://json-schema.org/draft-07/schema#";

    private ExportSchema() {
    }

    /** The schema of a plan's {@code ID.json}. */
    public static String plan() {
        Map<String, Object> defs = new LinkedHashMap<>();
        defs.put("indicator", closed(null, List.of("id", "text", "direction", "targets"),
                "id", id(), "text", text(), "unit", text(), "direction", words(Format.DIRECTIONS), "scale", list(text()),
                "baseline", closed(null, List.of(), "year", year(), "value", text()),
                "targets", list(closed(null, List.of("year", "value"), "year", year(), "value", text())),
                "inheritedFrom", inheritedFrom()));
        defs.put("budget", closed("export.plan.budget", List.of("total"), "total", money(),
                "years", list(closed(null, List.of("year", "amount"), "year", year(), "amount", money())),
                "sources", list(share()), "quarters", list(money()), "categories", list(share())));
        defs.put("guideline", closed(null, List.of("number", "text"), "number", text(), "text", text(),
                "items", list(ref("guideline"))));
        Map<String, Object> root = closed("export.plan", List.of("kind", "version", "id", "lang", "title", "missions", "goals",
                        "strategies", "projects", "budgetTotal"),
                "kind", constant("plan"), "version", constant(PlanExport.VERSION), "id", id(), "lang", words(List.of("th", "en")),
                "title", text(), "subtitle", text(),
                "organization", closed(null, List.of("name"), "name", text(), "shortName", text()),
                "period", period(),
                "base", closed("export.plan.base", List.of("id"), "id", id(), "title", text()),
                "parent", id(), "alignTo", list(id()),
                "frameworks", list(closed(null, List.of("id", "title"), "id", id(), "title", text())),
                "vision", closed(null, List.of("text"), "text", text(), "inheritedFrom", inheritedFrom()),
                "missions", list(closed(null, List.of("number", "label"), "id", id(), "number", count(), "label", text(),
                        "text", text(), "inheritedFrom", inheritedFrom())),
                "goals", list(closed(null, List.of("number", "label", "indicators"), "id", id(), "number", count(),
                        "label", text(), "text", text(), "missions", list(id()), "aligns", list(text()),
                        "indicators", list(ref("indicator")), "inheritedFrom", inheritedFrom())),
                "strategies", list(closed(null, List.of("number", "label", "indicators"), "id", id(), "number", count(),
                        "label", text(), "title", text(), "description", text(), "goals", list(id()),
                        "aligns", list(text()), "from", list(id()), "guidelines", list(ref("guideline")),
                        "indicators", list(ref("indicator")), "inheritedFrom", inheritedFrom())),
                "projects", list(closed("export.plan.project", List.of("number", "label", "indicators"), "id", id(),
                        "number", count(), "label", text(), "title", text(), "owner", text(),
                        "strategies", list(id()), "goals", list(id()), "aligns", list(text()), "years", period(),
                        "objectives", list(text()), "description", text(), "indicators", list(ref("indicator")),
                        "budget", ref("budget"),
                        "activities", list(closed(null, List.of(), "text", text(), "owner", text(), "months", text(),
                                "budget", ref("budget"))))),
                "values", closed(null, List.of(), "name", text(), "motto", text(),
                        "items", list(closed(null, List.of(), "key", text(), "name", text(), "text", text())),
                        "inheritedFrom", inheritedFrom()),
                "analysis", list(closed(null, List.of("id", "list", "text"), "id", id(), "list",
                        words(List.of("strengths", "weaknesses", "opportunities", "threats")), "text", text(),
                        "category", text(), "weight", decimal(), "score", decimal(), "inheritedFrom", inheritedFrom())),
                "budgetTotal", describedMoney("export.plan.budgetTotal"));
        return document(root, "plan export (ID.json)", defs);
    }

    /** The schema of a results file's {@code ID.json}. */
    public static String results() {
        Map<String, Object> defs = new LinkedHashMap<>();
        List<String> outcomes = new ArrayList<>();
        for (Outcome o : Outcome.values()) {
            outcomes.add(o.key());
        }
        List<String> countKeys = new ArrayList<>(List.of("total", "reported"));
        countKeys.addAll(outcomes);
        Object[] countProps = countKeys.stream().flatMap(k -> java.util.stream.Stream.of(k, count0())).toArray();
        defs.put("counts", closed("export.results.counts", countKeys, countProps));
        List<String> statuses = new ArrayList<>(Format.STATUSES);
        statuses.add(Outcome.NOT_REPORTED.key());
        Object[] statusProps = statuses.stream().flatMap(k -> java.util.stream.Stream.of(k, count0())).toArray();
        defs.put("execution", closed(null, List.of("name", "allocated"), "name", text(), "allocated", money(),
                "spent", money()));
        Map<String, Object> root = closed("export.results", List.of("kind", "version", "id", "plan", "asOf", "fiscalYear",
                        "quarter", "title", "summary", "strategies", "indicators", "projects"),
                "kind", constant("results"), "version", constant(PlanExport.VERSION), "id", id(), "plan", id(),
                "asOf", pattern("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"), "fiscalYear", year(), "quarter", range(1, 4),
                "title", text(),
                "previous", closed("export.results.previous", List.of("id", "asOf"), "id", id(),
                        "asOf", pattern("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")),
                "summary", closed("export.results.summary", List.of("indicators", "projects", "allocated", "spent"),
                        "indicators", ref("counts"), "projects", closed(null, statuses, statusProps),
                        "allocated", money(), "spent", money(), "percent", percent()),
                "strategies", list(closed(null, List.of("id", "allocated", "spent", "indicators"), "id", id(),
                        "allocated", money(), "spent", money(), "percent", percent(), "indicators", ref("counts"))),
                "indicators", list(closed("export.results.indicator", List.of("id", "owner", "text", "direction", "status"),
                        "id", id(), "owner", closed(null, List.of("kind", "id"), "kind",
                                words(List.of("goal", "strategy", "project")), "id", id()),
                        "text", text(), "unit", text(), "direction", words(Format.DIRECTIONS), "target", text(),
                        "value", text(), "status", words(outcomes), "note", text(), "previousValue", text())),
                "projects", list(closed("export.results.project", List.of("id", "title", "status", "allocated"),
                        "id", id(), "title", text(), "status", words(statuses), "note", text(), "outputs", list(text()),
                        "allocated", money(), "spent", money(), "percent", percent(),
                        "sources", list(ref("execution")), "categories", list(ref("execution")),
                        "quarters", list(closed(null, List.of("quarter"), "quarter", range(1, 4),
                                "planned", money(), "spent", money())))));
        return document(root, "results export (ID.json)", defs);
    }

    private static String document(Map<String, Object> root, String title, Map<String, Object> defs) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("$schema", DRAFT);
        doc.put("title", title);
        doc.putAll(root);
        Map<String, Object> all = new LinkedHashMap<>(defs);
        all.put(JsonSchema.ID, JsonSchema.idDefinition(false));
        doc.put("definitions", all);
        return JsonWriter.write(doc);
    }

    /** An object of exactly the properties given (name, schema, name, schema …), {@code required} among them. */
    private static Map<String, Object> closed(String describedBy, List<String> required, Object... properties) {
        Map<String, Object> props = new LinkedHashMap<>();
        for (int i = 0; i < properties.length; i += 2) {
            props.put((String) properties[i], properties[i + 1]);
        }
        if (!props.keySet().containsAll(required)) {
            throw new IllegalArgumentException("required keys not among the properties: " + required);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "object");
        if (describedBy != null) {
            m.put("description", JsonSchema.describe(describedBy));
        }
        m.put("properties", props);
        if (!required.isEmpty()) {
            m.put("required", required);
        }
        m.put("additionalProperties", false);
        return m;
    }

    private static Map<String, Object> list(Map<String, Object> items) {
        return JsonSchema.object("type", "array", "items", items);
    }

    private static Map<String, Object> ref(String definition) {
        return JsonSchema.object("$ref", "#/definitions/" + definition);
    }

    private static Map<String, Object> text() {
        return JsonSchema.object("type", "string");
    }

    private static Map<String, Object> id() {
        return ref(JsonSchema.ID);
    }

    private static Map<String, Object> pattern(String regex) {
        return JsonSchema.object("type", "string", "pattern", regex);
    }

    private static Map<String, Object> money() {
        return pattern("^-?[0-9]+\\.[0-9]{2,}$");
    }

    private static Map<String, Object> describedMoney(String key) {
        Map<String, Object> m = money();
        m.put("description", JsonSchema.describe(key));
        return m;
    }

    private static Map<String, Object> percent() {
        return pattern("^-?[0-9]+\\.[0-9]{2}$");
    }

    private static Map<String, Object> decimal() {
        return pattern("^-?[0-9]+(\\.[0-9]+)?$");
    }

    private static Map<String, Object> year() {
        return range(2400, 2700);
    }

    private static Map<String, Object> count() {
        return JsonSchema.object("type", "integer", "minimum", 1);
    }

    private static Map<String, Object> count0() {
        return JsonSchema.object("type", "integer", "minimum", 0);
    }

    private static Map<String, Object> range(int min, int max) {
        return JsonSchema.object("type", "integer", "minimum", min, "maximum", max);
    }

    private static Map<String, Object> words(List<String> words) {
        return JsonSchema.object("type", "string", "enum", List.copyOf(words));
    }

    private static Map<String, Object> constant(Object value) {
        return JsonSchema.object("const", value);
    }

    private static Map<String, Object> share() {
        return closed(null, List.of("name", "amount"), "name", text(), "amount", money());
    }

    private static Map<String, Object> period() {
        return closed(null, List.of(), "from", year(), "to", year());
    }

    private static Map<String, Object> inheritedFrom() {
        Map<String, Object> m = id();
        m.put("description", JsonSchema.describe("export.inheritedFrom"));
        return m;
    }
}
