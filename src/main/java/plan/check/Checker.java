package plan.check;

import java.util.List;

/** Runs every rule's check over a plan. */
public final class Checker {
    private static final List<Check> ALL = List.of(
            new DuplicateIdCheck(), new GeneratedNamesCheck(), new FileNameCheck(), new UnresolvedRefCheck(), new StrategyHasGuidelinesCheck(),
            new GoalServesMissionCheck(), new MissionHasGoalCheck(), new StrategyServesGoalCheck(),
            new GoalHasStrategyCheck(), new PeriodCheck(), new EmptyTextCheck(), new ThaiTextCheck(),
            new ProjectServesStrategyCheck(), new StrategyHasProjectCheck(), new IndicatorHasTargetCheck(),
            new BudgetSumCheck(), new MarkdownNestingCheck(),
            new StrategyAlignsCheck(), new IndicatorScaleCheck(), new AnalysisWeightsCheck(),
            new StrategyFromAnalysisCheck(), new FileRefCheck(), new OutlinePartsCheck());

    private Checker() {
    }

    public static void check(CheckContext context) {
        if (context.plan() == null) {
            return;
        }
        for (Check check : ALL) {
            check.check(context);
        }
    }

    public static List<Check> all() {
        return ALL;
    }
}
