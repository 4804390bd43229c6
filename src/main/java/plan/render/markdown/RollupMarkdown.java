package plan.render.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import plan.format.Alignments;
import plan.format.Item;
import plan.format.Kind;
import plan.model.FiscalDay;
import plan.model.Money;
import plan.model.Outcome;
import plan.model.Plan;
import plan.model.Project;
import plan.model.Results;
import plan.model.Strategy;
import plan.model.Text;
import plan.render.ThaiDigits;

/**
 * An area office's roll-up of its schools (the plans that name it as {@code parent}) as Markdown:
 * for each of its own strategies, the schools' projects aligned with it, each with its budget of
 * the year, what it spent and its indicators met of reported (from the school's latest results of
 * that year), with totals per strategy and overall; schools without results are named as such.
 *
 * <p>A project is aligned with a strategy of the parent when its own {@code aligns} names it
 * ({@code PARENT:S2}) or when one of the strategies it carries out does, as the alignment check
 * reads those references. The year is the latest fiscal year of the parent's period that some
 * school has results of, else the first of that period: a school's plan may run on past the
 * parent's, and its results of a later year are not the parent's to add up. A school whose results
 * files have errors is named as such: those files have no report, and are not counted.
 */
public final class RollupMarkdown {
    /**
     * A school: its plan, its results with a report (oldest first), and the {@code as-of} of each
     * of its results files with errors, as written (null where it could not be read).
     */
    public record School(Plan plan, List<Results> reports, List<String> failed) {
        public School {
            reports = List.copyOf(reports);
            failed = java.util.Collections.unmodifiableList(new ArrayList<>(failed));
        }
    }

    /** One project of one school, as a row: its figures of the year; {@code spent} null without results. */
    /**
     * A school's project: {@code counted} where the school has results of the year; {@code spent}
     * null where they give no spending for the project ("–", never 0: nothing was reported).
     */
    private record Row(School school, Project project, Money allocated, Money spent, int met, int reported, boolean counted) {
    }

    private final Plan parent;
    private final List<School> schools;
    private final int year;
    private final Map<String, String> labels;
    private final StringBuilder out = new StringBuilder(8192);

    private RollupMarkdown(Plan parent, List<School> schools) {
        this.parent = parent;
        this.schools = schools;
        this.year = year(parent, schools);
        this.labels = Labels.of(parent);
    }

    /** The roll-up's Markdown; {@code thaiDigits}: every number in Thai digits. */
    public static String of(Plan parent, List<School> schools, boolean thaiDigits) {
        // Thai digits before the text is made safe, so that its tree is the one rendered (see MarkdownRenderer).
        String written = new RollupMarkdown(parent, schools).write();
        return MarkdownRenderer.tidy(SafeMarkdown.document(thaiDigits ? ThaiDigits.inMarkdown(written) : written));
    }

    /**
     * The fiscal year rolled up: the latest of the parent's period that a school's results are of,
     * else the first of that period.
     */
    public static int year(Plan parent, List<School> schools) {
        int from = parent.period().from().value();
        int to = parent.period().to().value();
        return schools.stream().flatMap(s -> s.reports().stream())
                .mapToInt(r -> FiscalDay.of(r.asOf().value()).fiscalYear())
                .filter(y -> y >= from && y <= to).max().orElse(from);
    }

    private String word(String key) {
        return Labels.reportWord(parent.lang(), key);
    }

    private String write() {
        Map<String, List<Row>> byStrategy = new LinkedHashMap<>();
        parent.strategies().forEach(s -> byStrategy.put(s.id().value(), new ArrayList<>()));
        List<Row> unaligned = new ArrayList<>();
        for (School school : schools) {
            Set<String> ofParent = byStrategy.keySet();
            Map<String, Set<String>> aligned = alignedProjects(school.plan(), ofParent);
            for (Project p : school.plan().projects()) {
                Set<String> with = aligned.getOrDefault(p.id().value(), Set.of());
                Row row = row(school, p);
                with.forEach(s -> byStrategy.get(s).add(row));
                if (with.isEmpty()) {
                    unaligned.add(row);
                }
            }
        }
        line("# " + word("rollup.title"));
        line("");
        line("**" + inline(parent.title()) + "** · " + inline(parent.organization().name()));
        line("");
        line(word("rollup.basis").replace("{0}", Integer.toString(year)));
        schools();
        summary(byStrategy, unaligned);
        int n = 0;
        for (Strategy s : parent.strategies()) {
            n++;
            line("");
            line("## <a id=\"" + s.id().value() + "\"></a>" + labels.get("strategy") + " " + n + " " + inline(s.title()));
            List<Row> rows = byStrategy.get(s.id().value());
            line("");
            if (rows.isEmpty()) {
                line(word("rollup.none"));
            } else {
                table(rows);
            }
        }
        if (!unaligned.isEmpty()) {
            line("");
            line("## <a id=\"unaligned\"></a>" + word("rollup.unaligned"));
            line("");
            table(unaligned);
        }
        return out.toString();
    }

    /** Each school with the day of its results, or that it has none for the year. */
    private void schools() {
        line("");
        line("## <a id=\"schools\"></a>" + word("rollup.schools"));
        line("");
        line("| " + word("rollup.school") + " | " + word("as-of") + " |");
        line("|---|---|");
        for (School school : schools) {
            Results r = ofYear(school);
            String shown = r == null ? null : ResultsMarkdown.date(parent.lang(), FiscalDay.of(r.asOf().value()));
            long failed = school.failed().stream().filter(this::ofYear).count();
            if (failed > 0) {
                // Not the same as not reporting: the school did report, and its file is to be put right.
                String errors = word("rollup.results-errors").replace("{0}", Long.toString(failed));
                shown = shown == null ? errors : shown + "; " + errors;
            }
            line("| " + schoolName(school) + " | " + (shown == null ? word("rollup.no-results") : shown) + " |");
        }
    }

    /** Whether a results file with errors is of the year rolled up; one whose day is unknown may be. */
    private boolean ofYear(String asOf) {
        return asOf == null || FiscalDay.read(asOf) != FiscalDay.Reading.DAY || FiscalDay.of(asOf).fiscalYear() == year;
    }

    /** Per strategy of the parent (and for projects aligned with none): projects, budget, spent, per cent, indicators; then all, each project once. */
    private void summary(Map<String, List<Row>> byStrategy, List<Row> unaligned) {
        line("");
        line("## <a id=\"summary\"></a>" + word("rollup.by-strategy"));
        line("");
        line("| " + labels.get("strategies") + " | " + labels.get("projects") + " | " + word("allocated") + " | "
                + word("spent") + " | " + word("percent") + " | " + word("reported") + " | " + word("met") + " |");
        line("|---|---:|---:|---:|---:|---:|---:|");
        int n = 0;
        // A project aligned with two strategies counts in each, and once in all: rows are told apart by identity.
        Set<Row> all = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<Row> allInOrder = new ArrayList<>();
        for (Strategy s : parent.strategies()) {
            n++;
            List<Row> rows = byStrategy.get(s.id().value());
            rows.stream().filter(all::add).forEach(allInOrder::add);
            line(totalRow(labels.get("strategy") + " " + n + " " + inline(s.title()), rows, true));
        }
        if (!unaligned.isEmpty()) {
            allInOrder.addAll(unaligned);
            line(totalRow(word("rollup.unaligned"), unaligned, true));
        }
        line(totalRow("**" + word("rollup.overall") + "**", allInOrder, true));
    }

    private void table(List<Row> rows) {
        line("| " + word("rollup.school") + " | " + labels.get("projects") + " | " + word("allocated") + " | "
                + word("spent") + " | " + word("percent") + " | " + word("reported") + " | " + word("met") + " |");
        line("|---|---|---:|---:|---:|---:|---:|");
        for (Row r : rows) {
            boolean spent = r.spent() != null;
            line("| " + schoolName(r.school()) + " | " + inline(r.project().title()) + " | " + r.allocated().formatted()
                    + " | " + (spent ? r.spent().formatted() : "–") + " | "
                    + (spent ? ResultsMarkdown.percent(r.spent(), r.allocated()) : "–") + " | "
                    + (r.counted() ? r.reported() : "–") + " | " + (r.counted() ? r.met() : "–") + " |");
        }
        line(totalRow("**" + labels.get("total") + "**", rows, false));
    }

    /** A total row: the count of projects only in the summary, where the second column counts them. */
    private String totalRow(String what, List<Row> rows, boolean counted) {
        Money allocated = Money.ZERO;
        Money spent = Money.ZERO;
        int met = 0;
        int reported = 0;
        boolean any = false;
        for (Row r : rows) {
            allocated = allocated.plus(r.allocated());
            if (r.counted()) {
                any = true;
                spent = r.spent() == null ? spent : spent.plus(r.spent());
                met += r.met();
                reported += r.reported();
            }
        }
        // Per cent of the whole allocation, schools without results included: what the area office has spent so far.
        return "| " + what + " | " + (counted ? Integer.toString(rows.size()) : "") + " | " + allocated.formatted()
                + " | " + (any ? spent.formatted() + " | " + ResultsMarkdown.percent(spent, allocated) + " | " + reported
                + " | " + met : "– | – | – | –") + " |";
    }

    private Row row(School school, Project p) {
        Money allocated = p.allocated(year);
        Results r = ofYear(school);
        if (r == null) {
            return new Row(school, p, allocated, null, 0, 0, false);
        }
        Results.ProjectResult done = r.project(p.id().value());
        Money spent = done == null || done.spent() == null ? null : done.spent().amount();
        Map<Outcome, Integer> counts = ResultsMarkdown.outcomes(p.indicators(), r, year);
        return new Row(school, p, allocated, spent, counts.get(Outcome.MET), ResultsMarkdown.reported(counts), true);
    }

    /** The school's latest results of the year rolled up, else null. */
    private Results ofYear(School school) {
        Results latest = null;
        for (Results r : school.reports()) {
            if (FiscalDay.of(r.asOf().value()).fiscalYear() == year) {
                latest = r;
            }
        }
        return latest;
    }

    /**
     * The parent's strategies each project of {@code school} is aligned with, by project id: those
     * its own {@code aligns} names and those the strategies it carries out name.
     */
    static Map<String, Set<String>> alignedProjects(Plan school, Set<String> parentStrategies) {
        Alignments a = AlignmentIndex.alignments(school);
        String parentId = a.parent() == null ? null : a.parent().value();
        Map<String, Set<String>> strategies = new LinkedHashMap<>();
        Map<String, Set<String>> projects = new LinkedHashMap<>();
        for (Map.Entry<Item, List<Text>> e : a.aligns().entrySet()) {
            Map<String, Set<String>> into = e.getKey().kind().equals(Kind.STRATEGY) ? strategies
                    : e.getKey().kind().equals(Kind.PROJECT) ? projects : null;
            if (into == null) {
                continue;
            }
            for (Text ref : e.getValue()) {
                Alignments.Ref r = Alignments.Ref.parse(ref);
                if (r != null && r.target().equals(parentId) && parentStrategies.contains(r.item())) {
                    into.computeIfAbsent(e.getKey().id().value(), k -> new LinkedHashSet<>()).add(r.item());
                }
            }
        }
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (Project p : school.projects()) {
            Set<String> with = new LinkedHashSet<>(projects.getOrDefault(p.id().value(), Set.of()));
            p.strategies().forEach(s -> with.addAll(strategies.getOrDefault(s.value(), Set.of())));
            // In the parent's order, whichever way they were named.
            Set<String> ordered = new LinkedHashSet<>();
            parentStrategies.stream().filter(with::contains).forEach(ordered::add);
            out.put(p.id().value(), ordered);
        }
        return out;
    }

    private String schoolName(School school) {
        return inline(school.plan().organization().name());
    }

    private static String inline(Text t) {
        return t == null ? "" : SafeMarkdown.inline(t.value());
    }

    private void line(String s) {
        out.append(s).append('\n');
    }
}
