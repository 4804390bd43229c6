package plan.render.markdown;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import plan.format.Analysis;
import plan.format.Keys;
import plan.model.Factor;
import plan.model.Plan;
import plan.model.SituationAnalysis;
import plan.model.Strategy;
import plan.model.Text;

/**
 * The analysis chapter's part of the content template's model: the four lists grouped by
 * category and numbered as printed (S1, S2 …), the strategies that answer each factor, the
 * weighted sums and position when every factor is weighted and scored, and the TOWS groups;
 * and, on each strategy, the factors it answers ({@code factors}).
 */
final class AnalysisModel {
    private AnalysisModel() {
    }

    /** Adds {@code analysis} to the model when the plan has factors, and each strategy's {@code factors}. */
    @SuppressWarnings("unchecked")
    static void add(Plan plan, Map<String, Object> m, Map<String, String> labels) {
        SituationAnalysis analysis = plan.analysis();
        if (!present(plan)) {
            return;
        }
        Map<String, String> codes = new LinkedHashMap<>();
        Map<String, Factor> byId = new LinkedHashMap<>();
        Map<String, List<Map<String, Object>>> groupsByList = new LinkedHashMap<>();
        for (Analysis.List4 kind : Analysis.List4.values()) {
            List<Map<String, Object>> groups = groups(analysis.factors(kind.key()), labels);
            int n = 0;
            for (Map<String, Object> g : groups) {
                for (Map<String, Object> f : (List<Map<String, Object>>) g.get("factors")) {
                    String code = kind.code() + (++n);
                    f.put("code", code);
                    codes.putIfAbsent((String) f.get("id"), code);
                }
            }
            groupsByList.put(kind.key(), groups);
            analysis.factors(kind.key()).stream().filter(f -> f.id() != null)
                    .forEach(f -> byId.putIfAbsent(f.id().value(), f));
        }
        Map<String, Integer> strategyNumbers = DocumentModel.numbers(plan.strategies().stream().map(Strategy::id).toList());
        Map<String, List<String>> answeredBy = new LinkedHashMap<>();
        plan.strategies().forEach(s -> s.from().forEach(f -> answeredBy.computeIfAbsent(f.value(), k -> new ArrayList<>())
                .add(s.id().value())));
        boolean weighted = byId.values().stream().allMatch(f -> f.weight() != null && f.score() != null)
                && analysis.lists().values().stream().allMatch(l -> l.factors().size() == l.factors().stream()
                        .filter(f -> f.weight() != null && f.score() != null).count());

        Map<String, Object> a = new LinkedHashMap<>();
        List<Map<String, Object>> lists = new ArrayList<>();
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        for (Analysis.List4 kind : Analysis.List4.values()) {
            List<Factor> factors = analysis.factors(kind.key());
            for (Map<String, Object> g : groupsByList.get(kind.key())) {
                for (Map<String, Object> f : (List<Map<String, Object>>) g.get("factors")) {
                    List<String> by = answeredBy.getOrDefault((String) f.get("id"), List.of());
                    f.put("strategies", DocumentModel.refs(by, strategyNumbers));
                }
            }
            BigDecimal sum = weighted ? AnalysisFigures.sum(factors) : BigDecimal.ZERO;
            sums.put(kind.code(), sum);
            if (factors.isEmpty()) {
                continue;
            }
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("key", kind.key());
            l.put("code", kind.code());
            l.put("groups", groupsByList.get(kind.key()));
            if (weighted) {
                l.put("sum", AnalysisFigures.text(sum));
                l.put("weights", AnalysisFigures.text(AnalysisFigures.weights(factors)));
            }
            lists.add(l);
        }
        a.put("lists", lists);
        if (weighted) {
            AnalysisFigures.Position p = AnalysisFigures.position(sums.get("S"), sums.get("W"), sums.get("O"), sums.get("T"));
            Map<String, Object> position = new LinkedHashMap<>();
            position.put("s", AnalysisFigures.text(sums.get("S")));
            position.put("w", AnalysisFigures.text(sums.get("W")));
            position.put("o", AnalysisFigures.text(sums.get("O")));
            position.put("t", AnalysisFigures.text(sums.get("T")));
            position.put("x", AnalysisFigures.text(p.x()));
            position.put("y", AnalysisFigures.text(p.y()));
            if (p.quadrant() != null) {
                position.put("quadrant", p.quadrant() + " " + labels.get(towsKey(p.quadrant())));
            }
            a.put("position", position);
        }
        tows(plan, byId, a, labels);
        m.put("analysis", a);
        for (Map<String, Object> s : (List<Map<String, Object>>) m.get("strategies")) {
            Strategy strategy = plan.strategies().get((Integer) s.get("number") - 1);
            List<Map<String, Object>> factors = new ArrayList<>();
            for (Text id : strategy.from()) {
                Factor f = byId.get(id.value());
                if (f != null) {
                    Map<String, Object> r = new LinkedHashMap<>();
                    r.put("id", id.value());
                    r.put("code", codes.get(id.value()));
                    r.put("text", DocumentModel.inline(f.text()));
                    factors.add(r);
                }
            }
            s.put("factors", factors);
        }
    }

    /** The chapter is printed when the plan has at least one factor. */
    static boolean present(Plan plan) {
        return plan.hasChapter(Keys.ANALYSIS);
    }

    static String towsKey(String code) {
        return "tows-" + code.toLowerCase(Locale.ROOT);
    }

    /**
     * The factors of one list in groups by category, in the order each category first appears,
     * after those without a category (a group without a name, so under no category's row).
     */
    private static List<Map<String, Object>> groups(List<Factor> factors, Map<String, String> labels) {
        Map<String, List<Map<String, Object>>> byCategory = new LinkedHashMap<>();
        byCategory.put("", new ArrayList<>()); // factors without a category first, under no category's row
        for (Factor f : factors) {
            String category = f.category() == null || f.category().isBlank() ? "" : f.category().value().strip();
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", f.id() == null ? "" : f.id().value());
            item.put("text", DocumentModel.cell(f.text()));
            if (f.weight() != null && f.score() != null) {
                item.put("weight", AnalysisFigures.text(f.weight().amount()));
                item.put("score", AnalysisFigures.text(f.score().amount()));
                item.put("weighted", AnalysisFigures.exact(AnalysisFigures.weighted(f)));
            }
            byCategory.computeIfAbsent(category, k -> new ArrayList<>()).add(item);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        byCategory.forEach((category, items) -> {
            if (items.isEmpty()) {
                return;
            }
            Map<String, Object> g = new LinkedHashMap<>();
            if (!category.isEmpty()) {
                g.put("name", Analysis.CATEGORIES.contains(category)
                        ? labels.get(category) : DocumentModel.cell(new Text(category, plan.model.Span.NONE)));
            }
            g.put("factors", items);
            out.add(g);
        });
        return out;
    }

    /**
     * The TOWS groups: a strategy is of every group one internal and one external kind of its
     * factors make; one whose factors are all on one side (or that names none) is unclassified.
     */
    private static void tows(Plan plan, Map<String, Factor> byId, Map<String, Object> a, Map<String, String> labels) {
        Map<String, String> kindOf = new LinkedHashMap<>();
        for (Analysis.List4 kind : Analysis.List4.values()) {
            plan.analysis().factors(kind.key()).stream().filter(f -> f.id() != null)
                    .forEach(f -> kindOf.putIfAbsent(f.id().value(), kind.code()));
        }
        Map<String, List<Map<String, Object>>> groups = new LinkedHashMap<>();
        Analysis.TOWS.forEach(t -> groups.put(t, new ArrayList<>()));
        List<Map<String, Object>> unclassified = new ArrayList<>();
        int n = 0;
        for (Strategy s : plan.strategies()) {
            n++;
            Set<String> kinds = new LinkedHashSet<>();
            s.from().forEach(f -> {
                if (kindOf.containsKey(f.value())) {
                    kinds.add(kindOf.get(f.value()));
                }
            });
            List<String> of = Analysis.TOWS.stream()
                    .filter(t -> kinds.contains(t.substring(0, 1)) && kinds.contains(t.substring(1))).toList();
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", s.id().value());
            item.put("number", n);
            item.put("title", DocumentModel.inline(s.title()));
            if (of.size() > 1) {
                item.put("several", String.join(", ", of));
            }
            if (of.isEmpty()) {
                unclassified.add(item);
            }
            of.forEach(t -> groups.get(t).add(item));
        }
        List<Map<String, Object>> out = new ArrayList<>();
        groups.forEach((code, items) -> {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("code", code);
            g.put("name", labels.get(towsKey(code)));
            g.put("strategies", items);
            out.add(g);
        });
        a.put("tows", out);
        a.put("unclassified", unclassified);
    }
}
