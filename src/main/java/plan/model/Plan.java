package plan.model;

import java.util.List;
import java.util.Map;

/**
 * One strategic plan. Optional parts are null (single values) or empty (lists, maps), so that
 * templates can test for them directly. {@code outline} is the chapter order as written, or
 * empty for the default order. {@code tree} is the file as bound, every key the format knows
 * (the typed parts are views of it); built with {@link #builder()}, never by position.
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
        SituationAnalysis analysis,
        List<Section> sections,
        List<Text> outline,
        Map<String, Text> labels,
        List<Waiver> waivers,
        List<Project> projects,
        Value.Mapping tree) {

    public Plan {
        missions = List.copyOf(missions);
        goals = List.copyOf(goals);
        strategies = List.copyOf(strategies);
        sections = List.copyOf(sections);
        outline = List.copyOf(outline);
        labels = Map.copyOf(labels);
        waivers = List.copyOf(waivers);
        projects = List.copyOf(projects);
    }

    /** Every indicator, goals', strategies' and projects', in the plan's order: what results count. */
    public List<Indicator> allIndicators() {
        List<Indicator> out = new java.util.ArrayList<>();
        goals.forEach(g -> out.addAll(g.indicators()));
        strategies.forEach(s -> out.addAll(s.indicators()));
        projects.forEach(p -> out.addAll(p.indicators()));
        return out;
    }

    /**
     * Whether a built-in chapter has something to print: an optional chapter with nothing to say
     * is left out rather than printed empty. The alignment chapter depends on the other files of
     * the run: here it is the plan's when the plan names what it aligns with.
     */
    public boolean hasChapter(String chapter) {
        return switch (chapter) {
            case "preamble" -> preamble != null && !preamble.isBlank();
            case "values" -> values != null;
            case "focus" -> focus != null;
            case "analysis" -> analysis != null && analysis.lists().values().stream().anyMatch(l -> !l.factors().isEmpty());
            case "vision", "missions", "goals", "strategies" -> true;
            case "projects" -> !projects.isEmpty();
            case "budget" -> projects.stream().anyMatch(p -> p.budget() != null && p.budget().total() != null);
            case "alignment" -> !tree.list("align-to").isEmpty() || tree.has("parent");
            default -> false;
        };
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Named setters for a plan's parts; what is not set is absent (null or empty). */
    public static final class Builder {
        private String file;
        private int format = 1;
        private Text id;
        private Lang lang = Lang.TH;
        private Text title;
        private Text subtitle;
        private Organization organization;
        private Period period;
        private Text preamble;
        private Text vision;
        private List<Mission> missions = List.of();
        private List<Goal> goals = List.of();
        private List<Strategy> strategies = List.of();
        private Values values;
        private Focus focus;
        private SituationAnalysis analysis;
        private List<Section> sections = List.of();
        private List<Text> outline = List.of();
        private Map<String, Text> labels = Map.of();
        private List<Waiver> waivers = List.of();
        private List<Project> projects = List.of();
        private Value.Mapping tree = new Value.Mapping(List.of(), Span.NONE);

        private Builder() {
        }

        public Builder file(String v) { file = v; return this; }
        public Builder format(int v) { format = v; return this; }
        public Builder id(Text v) { id = v; return this; }
        public Builder lang(Lang v) { lang = v; return this; }
        public Builder title(Text v) { title = v; return this; }
        public Builder subtitle(Text v) { subtitle = v; return this; }
        public Builder organization(Organization v) { organization = v; return this; }
        public Builder period(Period v) { period = v; return this; }
        public Builder preamble(Text v) { preamble = v; return this; }
        public Builder vision(Text v) { vision = v; return this; }
        public Builder missions(List<Mission> v) { missions = v; return this; }
        public Builder goals(List<Goal> v) { goals = v; return this; }
        public Builder strategies(List<Strategy> v) { strategies = v; return this; }
        public Builder values(Values v) { values = v; return this; }
        public Builder focus(Focus v) { focus = v; return this; }
        public Builder analysis(SituationAnalysis v) { analysis = v; return this; }
        public Builder sections(List<Section> v) { sections = v; return this; }
        public Builder outline(List<Text> v) { outline = v; return this; }
        public Builder labels(Map<String, Text> v) { labels = v; return this; }
        public Builder waivers(List<Waiver> v) { waivers = v; return this; }
        public Builder projects(List<Project> v) { projects = v; return this; }
        public Builder tree(Value.Mapping v) { tree = v; return this; }

        public Plan build() {
            return new Plan(file, format, id, lang, title, subtitle, organization, period, preamble, vision, missions,
                    goals, strategies, values, focus, analysis, sections, outline, labels, waivers, projects, tree);
        }
    }
}
