package plan.bind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import plan.diag.Findings;
import plan.diag.Message;
import plan.diag.Rule;
import plan.format.BaseChain;
import plan.format.Format;
import plan.format.Keys;
import plan.model.Period;
import plan.model.Plan;
import plan.model.Span;
import plan.model.Text;
import plan.model.Value;

/**
 * A plan with a {@code base} as it reads: the base's inherited keys ({@link Format#INHERITED})
 * taken into its tree, the indicators it adds ({@code indicators}) put under the inherited goals
 * and strategies, and each indicator's targets those of the plan's own years (the base's, then
 * the plan's {@code targets} over them). Inherited values keep their positions in the base's
 * file, so that a finding about them names that file; what the plan writes keeps its own.
 */
public final class Inheritance {
    private Inheritance() {
    }

    /**
     * {@code own} (a plan with a base) resolved over {@code base} (itself resolved). Where the plan's
     * additions name no item of the base, each is reported to {@code findings} (the plan's own).
     */
    public static Plan resolve(Plan own, Plan base, Findings findings) {
        Value.Mapping t = own.tree();
        Period period = own.period();
        Value.Mapping added = t.mapping(Format.ADDED_INDICATORS);
        Value.Mapping targets = t.mapping(Format.TARGETS);
        Map<String, Value.Entry> addedByOwner = byKey(added);
        Map<String, Value.Entry> targetsById = byKey(targets);
        Set<String> owners = new java.util.HashSet<>();
        Set<String> indicators = new java.util.HashSet<>();

        List<Value.Entry> entries = new ArrayList<>();
        for (Value.Entry e : t.entries()) {
            if (!Format.ONLY_WITH_BASE.contains(e.key().value())) {
                entries.add(e);
            }
        }
        for (String key : Format.INHERITED) {
            Value.Entry inherited = base.tree().entry(key);
            if (inherited == null) {
                continue;
            }
            if ((key.equals(Keys.GOALS) || key.equals(Keys.STRATEGIES)) && inherited.value() instanceof Value.Sequence items) {
                List<Value> out = new ArrayList<>();
                for (Value item : items.items()) {
                    out.add(item instanceof Value.Mapping m
                            ? withIndicators(m, addedByOwner, targetsById, period, owners, indicators) : item);
                }
                inherited = new Value.Entry(inherited.key(), new Value.Sequence(out, items.span()), inherited.at());
            }
            entries.add(inherited);
        }
        if (base.title() != null) {
            entries.add(new Value.Entry(new Text(Format.BASE_TITLE, Span.NONE), base.title(), Span.NONE));
        }
        entries.add(BaseChain.over(base));
        if (findings != null) {
            unknown(addedByOwner, owners, "check.added-indicators-owner", findings);
            unknown(targetsById, indicators, "check.targets-indicator", findings);
        }
        return PlanBinder.view(new Value.Mapping(entries, t.span()), own.id().value(), own.file());
    }

    /** The base's title as the resolved plan carries it; null where the plan has no base. */
    public static Text baseTitle(Plan plan) {
        return plan.tree().text(Format.BASE_TITLE);
    }

    private static void unknown(Map<String, Value.Entry> written, Set<String> found, String messageKey, Findings findings) {
        written.forEach((id, e) -> {
            if (!found.contains(id)) {
                findings.report(Rule.UNRESOLVED_REF, e.key().span().line(), e.key().span().column(),
                        Message.of(messageKey, id));
            }
        });
    }

    /** An inherited goal or strategy: its indicators' targets within the period, then the indicators the plan adds. */
    private static Value.Mapping withIndicators(Value.Mapping item, Map<String, Value.Entry> added,
                                                Map<String, Value.Entry> targets, Period period, Set<String> owners,
                                                Set<String> indicators) {
        Text id = item.text(Keys.ID);
        if (id != null) {
            owners.add(id.value());
        }
        List<Value> out = new ArrayList<>();
        for (Value v : item.list(Keys.INDICATORS)) {
            Text indicatorId = v instanceof Value.Mapping m ? m.text(Keys.ID) : null;
            if (indicatorId == null) {
                out.add(v);
                continue;
            }
            indicators.add(indicatorId.value());
            out.add(targeted((Value.Mapping) v, targets.get(indicatorId.value()), period));
        }
        // The plan's own indicators carry their own targets.
        Value.Entry more = id == null ? null : added.get(id.value());
        if (more != null && more.value() instanceof Value.Sequence s) {
            out.addAll(s.items());
        }
        Span listSpan = item.get(Keys.INDICATORS) != null ? item.get(Keys.INDICATORS).span() : item.span();
        if (out.isEmpty() && !item.has(Keys.INDICATORS)) {
            return item;
        }
        return replace(item, Keys.INDICATORS, new Value.Sequence(out, listSpan));
    }

    /** An inherited indicator with the targets of the plan's years: the base's, and the plan's own over them. */
    private static Value.Mapping targeted(Value.Mapping indicator, Value.Entry own, Period period) {
        Value.Mapping inherited = indicator.mapping(Keys.TARGETS);
        Map<String, Value.Entry> byYear = new LinkedHashMap<>();
        if (inherited != null) {
            for (Value.Entry e : inherited.entries()) {
                if (within(e.key(), period)) {
                    byYear.put(e.key().value(), e);
                }
            }
        }
        if (own != null && own.value() instanceof Value.Mapping m) {
            // Every year the plan writes is kept, so that one outside its period is a period error at its line.
            m.entries().forEach(e -> byYear.put(e.key().value(), e));
        }
        if (inherited == null && own == null) {
            return indicator;
        }
        List<Value.Entry> years = new ArrayList<>(byYear.values());
        years.sort(Comparator.comparingInt(e -> year(e.key())));
        Span at = own != null ? own.value().span() : inherited.span();
        return replace(indicator, Keys.TARGETS, new Value.Mapping(years, at));
    }

    private static boolean within(Text year, Period period) {
        if (period == null) {
            return true;
        }
        int y = year(year);
        return y >= period.from().value() && y <= period.to().value();
    }

    private static int year(Text key) {
        try {
            return Integer.parseInt(key.value());
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    private static Value.Mapping replace(Value.Mapping m, String key, Value value) {
        List<Value.Entry> out = new ArrayList<>();
        boolean replaced = false;
        for (Value.Entry e : m.entries()) {
            if (e.key().value().equals(key)) {
                out.add(new Value.Entry(e.key(), value, e.at()));
                replaced = true;
            } else {
                out.add(e);
            }
        }
        if (!replaced) {
            out.add(new Value.Entry(new Text(key, value.span()), value, value.span()));
        }
        return new Value.Mapping(out, m.span());
    }

    private static Map<String, Value.Entry> byKey(Value.Mapping m) {
        Map<String, Value.Entry> out = new LinkedHashMap<>();
        if (m != null) {
            m.entries().forEach(e -> out.putIfAbsent(e.key().value(), e));
        }
        return out;
    }
}
