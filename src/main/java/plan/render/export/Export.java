package plan.render.export;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import plan.format.JsonWriter;
import plan.model.Plan;
import plan.model.Relations;
import plan.model.Results;

/**
 * What the exports of one document are made from: a plan among the others of its run, or a
 * results file of a plan with the plan's results before it. The document is worked out once,
 * when first asked for, and both the JSON and the CSV tables are read from it.
 */
public final class Export {
    private final Plan plan;
    private final Relations relations;
    private final Results results;
    private final Results previous;
    private Map<String, Object> document;

    private Export(Plan plan, Relations relations, Results results, Results previous) {
        this.plan = plan;
        this.relations = relations;
        this.results = results;
        this.previous = previous;
    }

    /** The export of {@code plan}; {@code relations}: the frameworks and plans of the run (its base's id, frameworks' titles). */
    public static Export ofPlan(Plan plan, Relations relations) {
        return new Export(plan, relations, null, null);
    }

    /** The export of {@code results} of {@code plan}; {@code previous}: the plan's results of the latest day before, or null. */
    public static Export ofResults(Plan plan, Results results, Results previous) {
        return new Export(plan, Relations.NONE, results, previous);
    }

    /** {@code ID.json}: the document, pretty-printed, keys in a fixed order, UTF-8. */
    public byte[] json() {
        return JsonWriter.write(document()).getBytes(StandardCharsets.UTF_8);
    }

    /** The CSV tables by part name, {@code projects} and {@code indicators}, as UTF-8 with a byte order mark. */
    public Map<String, byte[]> csv() {
        Map<String, byte[]> out = new LinkedHashMap<>();
        Map<String, Object> d = document();
        out.put("projects", (results == null ? ExportTables.planProjects(d) : ExportTables.resultsProjects(d)).bytes());
        out.put("indicators", (results == null ? ExportTables.planIndicators(d) : ExportTables.resultsIndicators(d)).bytes());
        return out;
    }

    private synchronized Map<String, Object> document() {
        if (document == null) {
            document = results == null ? PlanExport.of(plan, relations) : ResultsExport.of(plan, results, previous);
        }
        return document;
    }
}
