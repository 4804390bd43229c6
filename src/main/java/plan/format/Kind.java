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
    /** A plan itself, named by its id across the files of one run (its documents carry that name). */
    public static final Kind PLAN = new Kind("plan");
    /** A chapter name of {@code outline}: a built-in chapter or a section's id. */
    public static final Kind CHAPTER = new Kind("chapter");

    public String messageKey() {
        return "kind." + name;
    }
}
