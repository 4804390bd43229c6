package plan.format;

/**
 * A kind of identified item: what an id names and what a reference must point to. Messages
 * name a kind through the bundle key {@code kind.NAME}.
 */
public record Kind(String name) {
    public static final Kind MISSION = new Kind("mission");
    public static final Kind GOAL = new Kind("goal");
    public static final Kind STRATEGY = new Kind("strategy");
    public static final Kind SECTION = new Kind("section");
    public static final Kind INDICATOR = new Kind("indicator");
    public static final Kind PROJECT = new Kind("project");
    /** A factor of the situation analysis (a strength, weakness, opportunity or threat). */
    public static final Kind FACTOR = new Kind("factor");
    /** A plan itself, named by its id across the files of one run (its documents carry that name). */
    public static final Kind PLAN = new Kind("plan");
    /** The plan a plan continues ({@code base}), named by its id across the files of one run. */
    public static final Kind BASE = new Kind("base");
    /** A chapter name of {@code outline}: a built-in chapter or a section's id. */
    public static final Kind CHAPTER = new Kind("chapter");
    /** A framework file, named by its id across the files of one run ({@code align-to}). */
    public static final Kind FRAMEWORK = new Kind("framework");
    /** An item of a framework, numbered as the framework numbers it; unique within its framework. */
    public static final Kind FRAMEWORK_ITEM = new Kind("framework-item");
    /**
     * What an {@code aligns} reference names in another file: {@code FRAMEWORK:ITEM}, or
     * {@code PLAN:ID} for a goal or strategy of another plan.
     */
    public static final Kind ALIGNED = new Kind("aligned");

    // equals and hashCode written out, here and in the format's other records that are compared on
    // every run (Key, FileKind, Type.Struct): a record's own are linked at their first call, with
    // method handles made at run time that the start-up cache cannot hold (milliseconds of every start).
    @Override
    public boolean equals(Object o) {
        return o instanceof Kind k && name.equals(k.name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    /** References of this kind name something in another file: resolved over the workspace, not within a plan. */
    public boolean acrossFiles() {
        return equals(PLAN) || equals(BASE) || equals(FRAMEWORK) || equals(ALIGNED);
    }

    public String messageKey() {
        return "kind." + name;
    }
}
