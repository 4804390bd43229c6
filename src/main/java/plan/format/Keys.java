package plan.format;

/**
 * The name of every key of the format, once: the description ({@link Format}) is written with
 * these, and so is every reader and writer of plan files that names a key (the binder's views,
 * the importer's writer, the documents' model). Renaming a key here renames it everywhere; a
 * name that is no key of the description fails {@code KeysTest}. Where one name serves several
 * mappings (an item's {@code id}, {@code text}, {@code title}), it is the same word in each.
 */
public final class Keys {
    public static final String ACTIVITIES = "activities";
    public static final String ALIGN_TO = "align-to";
    public static final String ALIGNS = "aligns";
    public static final String ANALYSIS = "analysis";
    public static final String APPROVALS = "approvals";
    public static final String AS_OF = "as-of";
    public static final String BASE = "base";
    public static final String BASELINE = "baseline";
    public static final String BODY = "body";
    public static final String BUDGET = "budget";
    public static final String CATEGORIES = "categories";
    public static final String CATEGORY = "category";
    public static final String DATE = "date";
    public static final String DESCRIPTION = "description";
    public static final String DIGITS = "digits";
    public static final String DIRECTION = "direction";
    public static final String EVALUATION = "evaluation";
    public static final String EXPECTED = "expected";
    public static final String FOCUS = "focus";
    public static final String FORMAT = "format";
    public static final String FROM = "from";
    public static final String GOALS = "goals";
    public static final String GUIDELINES = "guidelines";
    public static final String ID = "id";
    public static final String INDICATOR = "indicator";
    public static final String INDICATORS = "indicators";
    public static final String ITEMS = "items";
    public static final String KEY = "key";
    public static final String KIND = "kind";
    public static final String LABELS = "labels";
    public static final String LANG = "lang";
    public static final String LOGO = "logo";
    public static final String METHOD = "method";
    public static final String MISSIONS = "missions";
    public static final String MONTHS = "months";
    public static final String MOTTO = "motto";
    public static final String NAME = "name";
    public static final String NOTE = "note";
    public static final String OBJECTIVES = "objectives";
    public static final String ORGANIZATION = "organization";
    public static final String OUTLINE = "outline";
    public static final String OUTPUTS = "outputs";
    public static final String OWNER = "owner";
    public static final String PARENT = "parent";
    public static final String PERIOD = "period";
    public static final String PLAN = "plan";
    public static final String POSITION = "position";
    public static final String PREAMBLE = "preamble";
    public static final String PREFACE = "preface";
    public static final String PROJECTS = "projects";
    public static final String QUALITY = "quality";
    public static final String QUANTITY = "quantity";
    public static final String QUARTERS = "quarters";
    public static final String RATIONALE = "rationale";
    public static final String ROLE = "role";
    public static final String SCALE = "scale";
    public static final String SCORE = "score";
    public static final String SECTIONS = "sections";
    public static final String SHORT = "short";
    public static final String SIGNED = "signed";
    public static final String SOURCES = "sources";
    public static final String SPENT = "spent";
    public static final String STANDARDS = "standards";
    public static final String STATUS = "status";
    public static final String STRATEGIES = "strategies";
    public static final String STYLE = "style";
    public static final String SUBTITLE = "subtitle";
    public static final String TAG = "tag";
    public static final String TARGETS = "targets";
    public static final String TEXT = "text";
    public static final String TITLE = "title";
    public static final String TO = "to";
    public static final String TOOL = "tool";
    public static final String TOTAL = "total";
    public static final String UNIT = "unit";
    public static final String VALUE = "value";
    public static final String VALUES = "values";
    public static final String VISION = "vision";
    public static final String WAIVE = "waive";
    public static final String WEIGHT = "weight";
    public static final String YEAR = "year";
    public static final String YEARS = "years";

    private Keys() {
    }
}
