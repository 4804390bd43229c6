package plan.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import plan.diag.Rule;
import plan.format.Type.Dict;
import plan.format.Type.Either;
import plan.format.Type.Lazy;
import plan.format.Type.ListOf;
import plan.format.Type.OneOf;
import plan.format.Type.Ref;
import plan.format.Type.Scalar;
import plan.format.Type.Struct;
import plan.format.Type.Version;
import plan.model.OutlinePart;

/**
 * The format of PLAN-FORMAT.md as data. Key order is the order of the contract's tables: the
 * binder reads, and walks visit, in this order, which fixes the order of diagnostics at one
 * position and the order the fuzz generator writes keys in.
 */
public final class Format {
    public static final int VERSION = 1;

    /** Built-in chapter names of {@code outline}, in their default order (sections follow). */
    public static final List<String> CHAPTERS = List.of("preamble", "analysis", "vision", "missions", "values", "goals",
            "strategies", "focus", "projects", "budget", "alignment");

    /**
     * The generated words a plan may override under {@code labels}: chapter names are the outline
     * names; the singular ones prefix numbered items (strategy = กลยุทธ์ที่); the rest are the words
     * of the content template's tables and cross references.
     */
    private static final List<String> PART_ONE_LABEL_KEYS = List.of(
            "preamble", "preface", "vision", "missions", "mission", "values", "goals", "goal",
            "strategies", "strategy", "guidelines", "focus", "matrix", "contents",
            "organization", "period", "year", "serves", "pursues", "pursued-by", "letter", "name", "meaning",
            "alignment", "aligns-with", "parent-plan", "child-plans", "framework", "aligned-by", "not-aligned", "item",
            "indicators", "indicator", "unit", "baseline", "target", "projects", "project", "owner", "objectives", "activities", "activity", "months", "amount", "baht", "source", "source-unspecified", "quarter-unspecified", "category-unspecified", "fiscal-year", "quarter", "quarters", "category", "categories", "total", "budget", "by-strategy", "plan-total", "funds", "project-count",
            "register", "number", "appendix", "project-form", "project-name", "serves-strategy", "serves-goal", "standards", "kind", "kind-new", "kind-continuing", "rationale", "outputs", "quantity", "quality", "activities-timing", "evaluation", "success-indicator", "method", "tool", "expected", "signed", "based-on", "part", "table", "list-of-tables");

    /** The keys of a project that belong to the Thai project form: a project with any of them has a form. */
    public static final List<String> PROJECT_FORM_KEYS = List.of("kind", "standards", "rationale", "outputs",
            "evaluation", "expected", "approvals");

    /** {@code kind} of a project: โครงการใหม่, โครงการต่อเนื่อง. */
    public static final List<String> PROJECT_KINDS = List.of("new", "continuing");

    /** {@code digits}: the digits the documents are written in. */
    public static final List<String> DIGITS = List.of("thai", "arabic");

    /** The top-level key naming the plan this one continues (an action plan's development plan). */
    public static final String BASE = "base";
    /** Top-level, only with {@link #BASE}: goal or strategy id to the indicators this plan adds to it. */
    public static final String ADDED_INDICATORS = "indicators";
    /** Top-level, only with {@link #BASE}: indicator id to its targets in this plan's years. */
    public static final String TARGETS = "targets";
    /**
     * A key a plan's tree carries, once read with its base, beside the format's keys: the base's
     * title, for the line of a document that names the plan its inherited parts come from. No
     * walk visits it (it is no key of the description), and no file can hold it (it has a space).
     */
    public static final String BASE_TITLE = "base title";
    /** The top-level keys only a plan with a {@link #BASE} may write. */
    public static final List<String> ONLY_WITH_BASE = List.of(ADDED_INDICATORS, TARGETS);
    /**
     * The top-level keys a plan takes from its base, in the order of the contract; every other key
     * is the plan's own. A key the format does not (yet) describe is passed over.
     */
    public static final List<String> INHERITED = List.of("vision", "missions", "goals", "strategies", "values",
            "analysis");

    /** An indicator's {@code direction}: up (the default) or down, for one that should fall. */
    public static final List<String> DIRECTIONS = List.of("up", "down");

    /** A project's {@code status} in a results file, in the order reports list them. */
    public static final List<String> STATUSES = List.of("not-started", "on-track", "delayed", "done", "cancelled");

    /** Every label key a plan may rename: those of part one and the situation analysis chapter. */
    public static final List<String> LABEL_KEYS = Analysis.withLabelKeys(PART_ONE_LABEL_KEYS);

    /** The format as published (after the lists above, which it is made of). */
    public static final Format STANDARD = new Format(Map.of());

    private final Map<String, List<Key>> extra;
    private final FileKind plan;
    private final FileKind framework;
    private final FileKind results;

    /**
     * @param extraKeys keys added at the end of the named mappings ("goal", "strategy", ...): how a
     *                  test shows that one entry here reaches every walk
     */
    public Format(Map<String, List<Key>> extraKeys) {
        this.extra = Map.copyOf(extraKeys);
        this.plan = new FileKind("plan", List.of(".plan.yaml", ".plan.yml"), planRoot());
        this.framework = new FileKind("framework", List.of(".framework.yaml", ".framework.yml"), frameworkRoot());
        this.results = new FileKind("results", List.of(".results.yaml", ".results.yml"), resultsRoot());
    }

    public FileKind plan() {
        return plan;
    }

    /** A framework plans align with: the national strategy, a ministry's policy of a year. */
    public FileKind framework() {
        return framework;
    }

    /** A plan's results as of a day: indicators' values, projects' status and spending. */
    public FileKind results() {
        return results;
    }

    /** Every kind of file, for finding them in folders. */
    public List<FileKind> fileKinds() {
        return List.of(plan, framework, results);
    }

    /** The kind of file a name says, or null for another file (a file named by the user is read as a plan). */
    public FileKind kindOf(String fileName) {
        return fileKinds().stream().filter(k -> k.matches(fileName)).findFirst().orElse(null);
    }

    private Struct planRoot() {
        Type text = Scalar.TEXT;
        Type markdown = Scalar.MARKDOWN;
        Struct[] guidelineHolder = new Struct[1];
        Type guideline = new Lazy(() -> new Either(Scalar.TEXT, guidelineHolder[0]));
        guidelineHolder[0] = struct("guideline", null,
                Key.required("text", text),
                Key.optional("items", new ListOf(guideline, false)));
        return struct("plan", null,
                Key.optional("format", new Version(VERSION)),
                new Key("id", Scalar.ID, false, true),
                Key.optional("lang", new OneOf(List.of("th", "en"), "bind.lang")),
                Key.required("title", text),
                Key.optional("subtitle", text),
                Key.required("organization", struct("organization", null,
                        Key.required("name", text),
                        Key.optional("short", text),
                        Key.optional("logo", Scalar.PATH))),
                Key.required("period", struct("period", null,
                        Key.required("from", Scalar.YEAR),
                        Key.required("to", Scalar.YEAR))),
                Key.optional("preamble", markdown),
                Key.optional("preface", struct("preface", null,
                        Key.required("text", markdown),
                        Key.optional("signed", struct("signature", null,
                                Key.optional("name", text),
                                Key.optional("position", text),
                                Key.optional("date", text))))),
                Key.optional("style", new OneOf(List.of("official", "modern"), "bind.style")),
                Key.required("vision", text),
                Key.required("missions", new ListOf(struct("mission", Kind.MISSION,
                        Key.required("id", Scalar.ID),
                        Key.required("text", text)), true)),
                Key.required("goals", new ListOf(struct("goal", Kind.GOAL,
                        Key.required("id", Scalar.ID),
                        Key.required("text", text),
                        Key.optional("missions", new ListOf(new Ref(Kind.MISSION), false)),
                        Key.optional("indicators", indicators()),
                        aligns()), true)),
                Key.required("strategies", new ListOf(struct("strategy", Kind.STRATEGY,
                        Key.required("id", Scalar.ID),
                        Key.required("title", text),
                        Key.optional("goals", new ListOf(new Ref(Kind.GOAL), false)),
                        Key.optional("from", new ListOf(new Ref(Kind.FACTOR), false)),
                        Key.optional("guidelines", new ListOf(guideline, false)),
                        Key.optional("description", markdown),
                        Key.optional("indicators", indicators()),
                        aligns()), true)),
                Key.optional("values", struct("values", null,
                        Key.optional("name", text),
                        Key.optional("motto", text),
                        Key.optional("description", markdown),
                        Key.optional("items", new ListOf(struct("values item", null,
                                Key.required("key", text),
                                Key.optional("name", text),
                                Key.required("text", text)), false)))),
                Key.optional("focus", struct("focus", null,
                        Key.optional("year", Scalar.YEAR),
                        Key.optional("title", text),
                        Key.required("items", new ListOf(struct("focus item", null,
                                Key.required("text", text),
                                Key.optional("tag", text)), false)))),
                Key.optional("analysis", Analysis.struct(this::struct)),
                Key.optional("sections", new ListOf(struct("section", Kind.SECTION,
                        Key.required("id", Scalar.ID),
                        Key.required("title", text),
                        Key.optional("body", markdown)), false)),
                // Chapter names, or parts grouping them (ส่วนที่ n): all names or all parts, rule outline-parts.
                Key.optional("outline", new ListOf(new Either(new Ref(Kind.CHAPTER), struct("part", null,
                        Key.required(OutlinePart.TITLE, text),
                        Key.required(OutlinePart.CHAPTERS, new ListOf(new Ref(Kind.CHAPTER), true)))), false)),
                Key.optional("projects", new ListOf(project(), false)),
                Key.optional("labels", Dict.of(LABEL_KEYS, text)),
                Key.optional("waive", Dict.of(Rule.ids(), Scalar.REASON)),
                Key.optional("align-to", new ListOf(new Ref(Kind.FRAMEWORK), false)),
                Key.optional("parent", new Ref(Kind.PLAN)),
                Key.optional(BASE, new Ref(Kind.BASE)),
                // Only with base: what the plan adds to inherited goals and strategies, and their targets in its years.
                Key.optional(ADDED_INDICATORS, Dict.keyedBy(Scalar.ID, indicators())),
                Key.optional(TARGETS, Dict.keyedBy(Scalar.ID, Dict.keyedBy(Scalar.YEAR, Scalar.MEASURE))),
                Key.optional("digits", new OneOf(DIGITS, "bind.digits")));
    }

    /** {@code aligns}: what an item lines up with in frameworks and other plans ({@code FRAMEWORK:ITEM}, {@code PLAN:ID}). */
    private static Key aligns() {
        return Key.optional("aligns", new ListOf(new Ref(Kind.ALIGNED), false));
    }

    private Struct frameworkRoot() {
        Struct[] itemHolder = new Struct[1];
        Type nested = new Lazy(() -> itemHolder[0]);
        itemHolder[0] = struct("framework item", Kind.FRAMEWORK_ITEM,
                Key.required("id", Scalar.ITEM_ID),
                Key.required("title", Scalar.TEXT),
                Key.optional("items", new ListOf(nested, false)));
        return struct("framework", null,
                new Key("id", Scalar.ID, false, true),
                Key.required("title", Scalar.TEXT),
                Key.optional("short", Scalar.TEXT),
                Key.required("items", new ListOf(itemHolder[0], true)));
    }

    /** Indicators (ตัวชี้วัด) of goals, strategies and projects. */
    private ListOf indicators() {
        return new ListOf(struct("indicator", Kind.INDICATOR,
                Key.required("id", Scalar.ID),
                Key.required("text", Scalar.TEXT),
                Key.optional("unit", Scalar.TEXT),
                Key.optional("baseline", struct("baseline", null,
                        Key.optional("year", Scalar.YEAR),
                        Key.optional("value", Scalar.MEASURE))),
                Key.required("targets", Dict.keyedBy(Scalar.YEAR, Scalar.MEASURE)),
                Key.optional("direction", new OneOf(DIRECTIONS, "bind.direction")),
                Key.optional("scale", new ListOf(Scalar.TEXT, true))), false);
    }


    /** A results file ({@code NAME.results.yaml}): a plan's indicators and projects as of a day. */
    private Struct resultsRoot() {
        return struct("results", null,
                new Key("id", Scalar.ID, false, true),
                Key.required("plan", new Ref(Kind.PLAN)),
                // Read as its text and checked as a day by the results rules, never as a YAML timestamp.
                Key.required("as-of", Scalar.TEXT),
                Key.optional("indicators", Dict.keyedBy(Scalar.TEXT, struct("indicator result", null,
                        Key.required("value", Scalar.MEASURE),
                        Key.optional("note", Scalar.TEXT)))),
                Key.optional("projects", Dict.keyedBy(Scalar.TEXT, struct("project result", null,
                        Key.required("status", new OneOf(STATUSES, "bind.status")),
                        Key.optional("spent", new Either(Scalar.MONEY, struct("spent", null,
                                Key.optional("total", Scalar.MONEY),
                                Key.optional("sources", Dict.keyedBy(Scalar.TEXT, Scalar.MONEY)),
                                Key.optional("categories", Dict.keyedBy(Scalar.TEXT, Scalar.MONEY)),
                                Key.optional("quarters", new ListOf(Scalar.MONEY, false))))),
                        Key.optional("note", Scalar.TEXT),
                        Key.optional("outputs", new ListOf(Scalar.TEXT, false))))));
    }

    /** A budget: a number (the total), or the total and how it divides. */
    private Either budget() {
        return new Either(Scalar.MONEY, struct("budget", null,
                Key.required("total", Scalar.MONEY),
                Key.optional("years", Dict.keyedBy(Scalar.YEAR, Scalar.MONEY)),
                Key.optional("sources", Dict.keyedBy(Scalar.TEXT, Scalar.MONEY)),
                Key.optional("quarters", new ListOf(Scalar.MONEY, false, 4)),
                Key.optional("categories", Dict.keyedBy(Scalar.TEXT, Scalar.MONEY))));
    }

    private Struct project() {
        return struct("project", Kind.PROJECT,
                Key.required("id", Scalar.ID),
                Key.required("title", Scalar.TEXT),
                // At least one, but its absence is the rule project-serves-strategy, not missing-key.
                Key.optional("strategies", new ListOf(new Ref(Kind.STRATEGY), false)),
                Key.optional("goals", new ListOf(new Ref(Kind.GOAL), false)),
                Key.optional("owner", Scalar.TEXT),
                Key.optional("years", struct("project years", null,
                        Key.required("from", Scalar.YEAR),
                        Key.required("to", Scalar.YEAR))),
                Key.optional("objectives", new ListOf(Scalar.TEXT, false)),
                Key.optional("indicators", indicators()),
                Key.optional("budget", budget()),
                Key.optional("activities", new ListOf(struct("activity", null,
                        Key.required("text", Scalar.TEXT),
                        Key.optional("budget", budget()),
                        Key.optional("months", Scalar.TEXT),
                        Key.optional("owner", Scalar.TEXT)), false)),
                Key.optional("description", Scalar.MARKDOWN),
                aligns(),
                // The Thai project form (แบบเสนอโครงการ): any of these prints the project as a form.
                Key.optional("kind", new OneOf(PROJECT_KINDS, "bind.project-kind")),
                Key.optional("standards", new ListOf(Scalar.TEXT, false)),
                Key.optional("rationale", Scalar.MARKDOWN),
                Key.optional("outputs", struct("project outputs", null,
                        Key.optional("quantity", new ListOf(Scalar.TEXT, false)),
                        Key.optional("quality", new ListOf(Scalar.TEXT, false)))),
                Key.optional("evaluation", new ListOf(struct("evaluation", null,
                        Key.required("indicator", Scalar.TEXT),
                        Key.optional("method", Scalar.TEXT),
                        Key.optional("tool", Scalar.TEXT)), false)),
                Key.optional("expected", new ListOf(Scalar.TEXT, false)),
                Key.optional("approvals", new ListOf(struct("approval", null,
                        Key.optional("role", Scalar.TEXT),
                        Key.optional("name", Scalar.TEXT),
                        Key.optional("position", Scalar.TEXT)), false)));
    }

    private Struct struct(String name, Kind identifies, Key... keys) {
        List<Key> all = new ArrayList<>(List.of(keys));
        all.addAll(extra.getOrDefault(name, List.of()));
        return new Struct(name, identifies, all);
    }
}
