package plan.model;

import java.util.List;
import java.util.Map;

/**
 * One strategic plan. Optional parts are null (single values) or empty (lists, maps), so that
 * templates can test for them directly. {@code outline} is the chapter order as written, or
 * empty for the default order.
 */
public record Plan(
        String file,
        int format,
        Text id,
        Lang lang,
        Text title,
        Text subtitle,
        Organization organization,
        Period period,
        Text preamble,
        Text vision,
        List<Mission> missions,
        List<Goal> goals,
        List<Strategy> strategies,
        Values values,
        Focus focus,
        List<Section> sections,
        List<Text> outline,
        Map<String, Text> labels,
        List<Waiver> waivers) {

    public Plan {
        missions = List.copyOf(missions);
        goals = List.copyOf(goals);
        strategies = List.copyOf(strategies);
        sections = List.copyOf(sections);
        outline = List.copyOf(outline);
        labels = Map.copyOf(labels);
        waivers = List.copyOf(waivers);
    }
}
