package plan.diag;

import java.util.Arrays;
import java.util.Optional;

/** The rules of PLAN-FORMAT.md, by their fixed names, with default severities. */
public enum Rule {
    YAML_SYNTAX("yaml-syntax", Severity.ERROR),
    UNKNOWN_KEY("unknown-key", Severity.ERROR),
    WRONG_TYPE("wrong-type", Severity.ERROR),
    MISSING_KEY("missing-key", Severity.ERROR),
    DUPLICATE_ID("duplicate-id", Severity.ERROR),
    UNRESOLVED_REF("unresolved-ref", Severity.ERROR),
    STRATEGY_HAS_GUIDELINES("strategy-has-guidelines", Severity.ERROR),
    GOAL_SERVES_MISSION("goal-serves-mission", Severity.ERROR),
    MISSION_HAS_GOAL("mission-has-goal", Severity.ERROR),
    STRATEGY_SERVES_GOAL("strategy-serves-goal", Severity.ERROR),
    GOAL_HAS_STRATEGY("goal-has-strategy", Severity.ERROR),
    PERIOD("period", Severity.ERROR),
    EMPTY_TEXT("empty-text", Severity.ERROR),
    THAI_TEXT("thai-text", Severity.WARNING),
    PROJECT_SERVES_STRATEGY("project-serves-strategy", Severity.ERROR),
    STRATEGY_HAS_PROJECT("strategy-has-project", Severity.WARNING),
    INDICATOR_HAS_TARGET("indicator-has-target", Severity.ERROR),
    BUDGET_SUM("budget-sum", Severity.ERROR),
    MARKDOWN_NESTING("markdown-nesting", Severity.ERROR),
    STRATEGY_ALIGNS("strategy-aligns", Severity.WARNING),
    BASE_PERIOD("base-period", Severity.ERROR),
    BASE_INHERITED("base-inherited", Severity.ERROR),
    RESULT_OVER_BUDGET("result-over-budget", Severity.ERROR),
    RESULT_NEEDS_NOTE("result-needs-note", Severity.WARNING),
    RESULT_PERIOD("result-period", Severity.ERROR),
    ANALYSIS_WEIGHTS("analysis-weights", Severity.ERROR),
    STRATEGY_FROM_ANALYSIS("strategy-from-analysis", Severity.WARNING),
    FILE_REF("file-ref", Severity.ERROR),
    OUTLINE_PARTS("outline-parts", Severity.ERROR);

    private final String id;
    private final Severity defaultSeverity;

    Rule(String id, Severity defaultSeverity) {
        this.id = id;
        this.defaultSeverity = defaultSeverity;
    }

    /** The rule's name as written in diagnostics, waivers and configuration. */
    public String id() {
        return id;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    public static Optional<Rule> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }

    public static java.util.List<String> ids() {
        return Arrays.stream(values()).map(Rule::id).toList();
    }
}
