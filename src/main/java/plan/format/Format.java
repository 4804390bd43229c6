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
import plan.model.Plan;

/**
 * The format of PLAN-FORMAT.md as data. Key order is the order of the contract's tables: the
 * binder reads, and walks visit, in this order, which fixes the order of diagnostics at one
 * position and the order the fuzz generator writes keys in.
 */
public final class Format {
    public static final int VERSION = 1;

    /** The chapter the tool makes of the plan's alignments (no key holds it: {@code align-to}, {@code aligns}, {@code parent}). */
    public static final String ALIGNMENT = "alignment";

    /**
     * Built-in chapter names of {@code outline}, in their default order (sections follow): a chapter
     * is named after the key it prints; the budget chapter adds up the projects' {@code budget}.
     */
    public static final List<String> CHAPTERS = List.of(Keys.PREAMBLE, Keys.ANALYSIS, Keys.VISION, Keys.MISSIONS,
            Keys.VALUES, Keys.GOALS, Keys.STRATEGIES, Keys.FOCUS, Keys.PROJECTS, Keys.BUDGET, ALIGNMENT);

    /**
     * The chapters {@code plan} has something to print in: its built-in ones in their default
     * order, then its sections; what an outline of parts must list (rule {@code outline-parts}).
     */
    public static List<String> chaptersOf(Plan plan) {
        List<String> out = new ArrayList<>(CHAPTERS.stream().filter(plan::hasChapter).toList());
        plan.sections().forEach(s -> out.add(s.id().value()));
        return out;
    }

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
    public static final List<String> PROJECT_FORM_KEYS = List.of(Keys.KIND, Keys.STANDARDS, Keys.RATIONALE,
            Keys.OUTPUTS, Keys.EVALUATION, Keys.EXPECTED, Keys.APPROVALS);

    /** {@code kind} of a project: โครงการใหม่, โครงการต่อเนื่อง. */
    public static final List<String> PROJECT_KINDS = List.of("new", "continuing");

    /** {@code digits}: the digits the documents are written in. */
    public static final List<String> DIGITS = List.of("thai", "arabic");

    /** The top-level key naming the plan this one continues (an action plan's development plan). */
    public static final String BASE = Keys.BASE;
    /** Top-level, only with {@link #BASE}: goal or strategy id to the indicators this plan adds to it. */
    public static final String ADDED_INDICATORS = Keys.INDICATORS;
    /** Top-level, only with {@link #BASE}: indicator id to its targets in this plan's years. */
    public static final String TARGETS = Keys.TARGETS;
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
    public static final List<String> INHERITED = List.of(Keys.VISION, Keys.MISSIONS, Keys.GOALS,
            Keys.STRATEGIES, Keys.VALUES, Keys.ANALYSIS);

    /** An indicator's {@code direction}: up (the default) or down, for one that should fall. */
    public static final List<String> DIRECTIONS = List.of("up", "down");

    /** A project's {@code status} in a results file, in the order reports list them. */
    public static final List<String> STATUSES = List.of("not-started", "on-track", "delayed", "done", "cancelled");

    /**
     * The ending of an area office's roll-up documents' names ({@code OFFICE.rollup.html}): no plan
     * or results file may take an id that ends so, or its documents and a roll-up's would be one.
     */
    public static final String ROLLUP_SUFFIX = ".rollup";

    /**
     * The name a plan's or results file's id gives its documents, as a file system that ignores
     * case sees it (Windows, macOS): ids that give one name here would overwrite each other's files.
     */
    public static String siteName(String id) {
        return id.toLowerCase(java.util.Locale.ROOT);
    }

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
        // Asked several times of every file of every run: plain tests, no stream.
        for (FileKind kind : fileKinds()) {
            if (kind.matches(fileName)) {
                return kind;
            }
        }
        return null;
    }

    private Struct planRoot() {
        Type text = Scalar.TEXT;
        Type markdown = Scalar.MARKDOWN;
        Struct[] guidelineHolder = new Struct[1];
        Type guideline = new Lazy(() -> new Either(Scalar.TEXT, guidelineHolder[0]));
        guidelineHolder[0] = struct("guideline", null,
                Key.required(Keys.TEXT, text),
                Key.optional(Keys.ITEMS, new ListOf(guideline, false)));
        return struct("plan", null,
                Key.optional(Keys.FORMAT, new Version(VERSION)),
                new Key(Keys.ID, Scalar.ID, false, true),
                Key.optional(Keys.LANG, new OneOf(List.of("th", "en"), "bind.lang")),
                Key.required(Keys.TITLE, text),
                Key.optional(Keys.SUBTITLE, text),
                Key.required(Keys.ORGANIZATION, struct("organization", null,
                        Key.required(Keys.NAME, text),
                        Key.optional(Keys.SHORT, text),
                        Key.optional(Keys.LOGO, Scalar.PATH))),
                Key.required(Keys.PERIOD, struct("period", null,
                        Key.required(Keys.FROM, Scalar.YEAR),
                        Key.required(Keys.TO, Scalar.YEAR))),
                Key.optional(Keys.PREAMBLE, markdown),
                Key.optional(Keys.PREFACE, struct("preface", null,
                        Key.required(Keys.TEXT, markdown),
                        Key.optional(Keys.SIGNED, struct("signature", null,
                                Key.optional(Keys.NAME, text),
                                Key.optional(Keys.POSITION, text),
                                Key.optional(Keys.DATE, text))))),
                Key.optional(Keys.STYLE, new OneOf(List.of("official", "modern"), "bind.style")),
                Key.required(Keys.VISION, text),
                Key.required(Keys.MISSIONS, new ListOf(struct("mission", Kind.MISSION,
                        Key.required(Keys.ID, Scalar.ID),
                        Key.required(Keys.TEXT, text)), true)),
                Key.required(Keys.GOALS, new ListOf(struct("goal", Kind.GOAL,
                        Key.required(Keys.ID, Scalar.ID),
                        Key.required(Keys.TEXT, text),
                        Key.optional(Keys.MISSIONS, new ListOf(new Ref(Kind.MISSION), false)),
                        Key.optional(Keys.INDICATORS, indicators()),
                        aligns()), true)),
                Key.required(Keys.STRATEGIES, new ListOf(struct("strategy", Kind.STRATEGY,
                        Key.required(Keys.ID, Scalar.ID),
                        Key.required(Keys.TITLE, text),
                        Key.optional(Keys.GOALS, new ListOf(new Ref(Kind.GOAL), false)),
                        Key.optional(Keys.FROM, new ListOf(new Ref(Kind.FACTOR), false)),
                        Key.optional(Keys.GUIDELINES, new ListOf(guideline, false)),
                        Key.optional(Keys.DESCRIPTION, markdown),
                        Key.optional(Keys.INDICATORS, indicators()),
                        aligns()), true)),
                Key.optional(Keys.VALUES, struct("values", null,
                        Key.optional(Keys.NAME, text),
                        Key.optional(Keys.MOTTO, text),
                        Key.optional(Keys.DESCRIPTION, markdown),
                        Key.optional(Keys.ITEMS, new ListOf(struct("values item", null,
                                Key.required(Keys.KEY, text),
                                Key.optional(Keys.NAME, text),
                                Key.required(Keys.TEXT, text)), false)))),
                Key.optional(Keys.FOCUS, struct("focus", null,
                        Key.optional(Keys.YEAR, Scalar.YEAR),
                        Key.optional(Keys.TITLE, text),
                        Key.required(Keys.ITEMS, new ListOf(struct("focus item", null,
                                Key.required(Keys.TEXT, text),
                                Key.optional(Keys.TAG, text)), false)))),
                Key.optional(Keys.ANALYSIS, Analysis.struct(this::struct)),
                Key.optional(Keys.SECTIONS, new ListOf(struct("section", Kind.SECTION,
                        Key.required(Keys.ID, Scalar.ID),
                        Key.required(Keys.TITLE, text),
                        Key.optional(Keys.BODY, markdown)), false)),
                // Chapter names, or parts grouping them (ส่วนที่ n): all names or all parts, rule outline-parts.
                Key.optional(Keys.OUTLINE, new ListOf(new Either(new Ref(Kind.CHAPTER), struct("part", null,
                        Key.required(OutlinePart.TITLE, text),
                        Key.required(OutlinePart.CHAPTERS, new ListOf(new Ref(Kind.CHAPTER), true)))), false)),
                Key.optional(Keys.PROJECTS, new ListOf(project(), false)),
                Key.optional(Keys.LABELS, Dict.of(LABEL_KEYS, text)),
                Key.optional(Keys.WAIVE, Dict.of(Rule.ids(), Scalar.REASON)),
                Key.optional(Keys.ALIGN_TO, new ListOf(new Ref(Kind.FRAMEWORK), false)),
                Key.optional(Keys.PARENT, new Ref(Kind.PLAN)),
                Key.optional(BASE, new Ref(Kind.BASE)),
                // Only with base: what the plan adds to inherited goals and strategies, and their targets in its years.
                Key.optional(ADDED_INDICATORS, Dict.keyedBy(Scalar.ID, indicators())),
                Key.optional(TARGETS, Dict.keyedBy(Scalar.ID, Dict.keyedBy(Scalar.YEAR, Scalar.MEASURE))),
                Key.optional(Keys.DIGITS, new OneOf(DIGITS, "bind.digits")));
    }

    /** {@code aligns}: what an item lines up with in frameworks and other plans ({@code FRAMEWORK:ITEM}, {@code PLAN:ID}). */
    private static Key aligns() {
        return Key.optional(Keys.ALIGNS, new ListOf(new Ref(Kind.ALIGNED), false));
    }

    private Struct frameworkRoot() {
        Struct[] itemHolder = new Struct[1];
        Type nested = new Lazy(() -> itemHolder[0]);
        itemHolder[0] = struct("framework item", Kind.FRAMEWORK_ITEM,
                Key.required(Keys.ID, Scalar.ITEM_ID),
                Key.required(Keys.TITLE, Scalar.TEXT),
                Key.optional(Keys.ITEMS, new ListOf(nested, false)));
        return struct("framework", null,
                new Key(Keys.ID, Scalar.ID, false, true),
                Key.required(Keys.TITLE, Scalar.TEXT),
                Key.optional(Keys.SHORT, Scalar.TEXT),
                Key.required(Keys.ITEMS, new ListOf(itemHolder[0], true)));
    }

    /** Indicators (ตัวชี้วัด) of goals, strategies and projects. */
    private ListOf indicators() {
        return new ListOf(struct("indicator", Kind.INDICATOR,
                Key.required(Keys.ID, Scalar.ID),
                Key.required(Keys.TEXT, Scalar.TEXT),
                Key.optional(Keys.UNIT, Scalar.TEXT),
                Key.optional(Keys.BASELINE, struct("baseline", null,
                        Key.optional(Keys.YEAR, Scalar.YEAR),
                        Key.optional(Keys.VALUE, Scalar.MEASURE))),
                Key.required(Keys.TARGETS, Dict.keyedBy(Scalar.YEAR, Scalar.MEASURE)),
                Key.optional(Keys.DIRECTION, new OneOf(DIRECTIONS, "bind.direction")),
                Key.optional(Keys.SCALE, new ListOf(Scalar.TEXT, true))), false);
    }


    /** A results file ({@code NAME.results.yaml}): a plan's indicators and projects as of a day. */
    private Struct resultsRoot() {
        return struct("results", null,
                new Key(Keys.ID, Scalar.ID, false, true),
                Key.required(Keys.PLAN, new Ref(Kind.PLAN)),
                // Read as its text and checked as a day by the results rules, never as a YAML timestamp.
                Key.required(Keys.AS_OF, Scalar.TEXT),
                Key.optional(Keys.INDICATORS, Dict.keyedBy(Scalar.TEXT, struct("indicator result", null,
                        Key.required(Keys.VALUE, Scalar.MEASURE),
                        Key.optional(Keys.NOTE, Scalar.TEXT)))),
                Key.optional(Keys.PROJECTS, Dict.keyedBy(Scalar.TEXT, struct("project result", null,
                        Key.required(Keys.STATUS, new OneOf(STATUSES, "bind.status")),
                        Key.optional(Keys.SPENT, new Either(Scalar.MONEY, struct("spent", null,
                                Key.optional(Keys.TOTAL, Scalar.MONEY),
                                Key.optional(Keys.SOURCES, Dict.keyedBy(Scalar.TEXT, Scalar.MONEY)),
                                Key.optional(Keys.CATEGORIES, Dict.keyedBy(Scalar.TEXT, Scalar.MONEY)),
                                Key.optional(Keys.QUARTERS, new ListOf(Scalar.MONEY, false))))),
                        Key.optional(Keys.NOTE, Scalar.TEXT),
                        Key.optional(Keys.OUTPUTS, new ListOf(Scalar.TEXT, false))))));
    }

    /** A budget: a number (the total), or the total and how it divides. */
    private Either budget() {
        return new Either(Scalar.MONEY, struct("budget", null,
                Key.required(Keys.TOTAL, Scalar.MONEY),
                Key.optional(Keys.YEARS, Dict.keyedBy(Scalar.YEAR, Scalar.MONEY)),
                Key.optional(Keys.SOURCES, Dict.keyedBy(Scalar.TEXT, Scalar.MONEY)),
                Key.optional(Keys.QUARTERS, new ListOf(Scalar.MONEY, false, 4)),
                Key.optional(Keys.CATEGORIES, Dict.keyedBy(Scalar.TEXT, Scalar.MONEY))));
    }

    private Struct project() {
        return struct("project", Kind.PROJECT,
                Key.required(Keys.ID, Scalar.ID),
                Key.required(Keys.TITLE, Scalar.TEXT),
                // At least one, but its absence is the rule project-serves-strategy, not missing-key.
                Key.optional(Keys.STRATEGIES, new ListOf(new Ref(Kind.STRATEGY), false)),
                Key.optional(Keys.GOALS, new ListOf(new Ref(Kind.GOAL), false)),
                Key.optional(Keys.OWNER, Scalar.TEXT),
                Key.optional(Keys.YEARS, struct("project years", null,
                        Key.required(Keys.FROM, Scalar.YEAR),
                        Key.required(Keys.TO, Scalar.YEAR))),
                Key.optional(Keys.OBJECTIVES, new ListOf(Scalar.TEXT, false)),
                Key.optional(Keys.INDICATORS, indicators()),
                Key.optional(Keys.BUDGET, budget()),
                Key.optional(Keys.ACTIVITIES, new ListOf(struct("activity", null,
                        Key.required(Keys.TEXT, Scalar.TEXT),
                        Key.optional(Keys.BUDGET, budget()),
                        Key.optional(Keys.MONTHS, Scalar.TEXT),
                        Key.optional(Keys.OWNER, Scalar.TEXT)), false)),
                Key.optional(Keys.DESCRIPTION, Scalar.MARKDOWN),
                aligns(),
                // The Thai project form (แบบเสนอโครงการ): any of these prints the project as a form.
                Key.optional(Keys.KIND, new OneOf(PROJECT_KINDS, "bind.project-kind")),
                Key.optional(Keys.STANDARDS, new ListOf(Scalar.TEXT, false)),
                Key.optional(Keys.RATIONALE, Scalar.MARKDOWN),
                Key.optional(Keys.OUTPUTS, struct("project outputs", null,
                        Key.optional(Keys.QUANTITY, new ListOf(Scalar.TEXT, false)),
                        Key.optional(Keys.QUALITY, new ListOf(Scalar.TEXT, false)))),
                Key.optional(Keys.EVALUATION, new ListOf(struct("evaluation", null,
                        Key.required(Keys.INDICATOR, Scalar.TEXT),
                        Key.optional(Keys.METHOD, Scalar.TEXT),
                        Key.optional(Keys.TOOL, Scalar.TEXT)), false)),
                Key.optional(Keys.EXPECTED, new ListOf(Scalar.TEXT, false)),
                Key.optional(Keys.APPROVALS, new ListOf(struct("approval", null,
                        Key.optional(Keys.ROLE, Scalar.TEXT),
                        Key.optional(Keys.NAME, Scalar.TEXT),
                        Key.optional(Keys.POSITION, Scalar.TEXT)), false)));
    }

    private Struct struct(String name, Kind identifies, Key... keys) {
        List<Key> all = new ArrayList<>(List.of(keys));
        all.addAll(extra.getOrDefault(name, List.of()));
        return new Struct(name, identifies, all);
    }
}
