package plan.diff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import plan.format.Format;
import plan.format.Key;
import plan.format.Type.Dict;
import plan.format.Type.Either;
import plan.format.Type.Lazy;
import plan.format.Type.ListOf;
import plan.format.Type.Ref;
import plan.format.Type.Scalar;
import plan.format.Type.Struct;
import plan.format.Type;
import plan.model.BudgetSummary;
import plan.model.Money;
import plan.model.Plan;
import plan.model.Span;
import plan.model.Text;
import plan.model.Value;
import plan.model.Year;

/**
 * The changes between two versions of one plan: both bound trees walked side by side, guided by
 * the format description, so a key added to the description is compared without new code here.
 *
 * <p>Identified items are matched by id within their list; keyed maps (targets, labels, sources)
 * by key; items without ids (guidelines, activities, focus items) by sameness, then by position
 * and similarity between the matched ones. A scalar written where the fuller form is allowed (a
 * budget as a number, a guideline as a text) means the fuller form's first key, so rewriting one
 * as the other is no change. Positions, key order, quoting and comments are not in the trees'
 * meaning and so never show.
 */
public final class PlanDiff {
    private final List<Change> out = new ArrayList<>();
    private final String plan;
    private final String file;

    private PlanDiff(String plan, String file) {
        this.plan = plan;
        this.file = file;
    }

    /** Every change from {@code old} to {@code now}, in the order of the description and of NEW. */
    public static List<Change> of(Plan old, Plan now, Format format) {
        PlanDiff d = new PlanDiff(idOf(now), now.file());
        // An inherited part that changed is shown at the plan's `base`, the nearest line of its own.
        Value.Entry base = now.tree().entry(Format.BASE);
        int root = base != null ? base.key().span().line() : now.tree().span().line();
        d.struct(format.plan().root(), old.tree(), now.tree(), new At(idOf(now), "", null, root, now.file()), false);
        d.total(old, now);
        return List.copyOf(d.out);
    }

    /** A plan only in NEW (a folder diff). */
    public static Change addedPlan(Plan now) {
        return new Change(Change.Kind.ADDED, idOf(now), idOf(now), "plan", null, null, null, str(now.title()), null,
                now.file(), Math.max(1, now.tree().span().line()), true);
    }

    /** A plan only in OLD (a folder diff). */
    public static Change removedPlan(Plan old) {
        return new Change(Change.Kind.REMOVED, idOf(old), idOf(old), "plan", null, null, str(old.title()), null, null,
                old.file(), 1, true);
    }

    public static String idOf(Plan plan) {
        return plan.id() == null ? "" : plan.id().value();
    }

    /** Where the walk is: the item changes belong to, the part's name so far, NEW's nearest line. */
    record At(String id, String what, String context, int line, String file) {
        At(String id, String what, String context, int line) {
            this(id, what, context, line, null);
        }

        At under(String name, Value now) {
            return new At(id, join(what, name), context, lineOf(now, line, file), file);
        }

        /** Inside an item without id, named by its kind and, for changes of its other parts, its text. */
        At named(String name, String text, Value now) {
            return new At(id, name, text, lineOf(now, line, file), file);
        }

        /** The item's own text: old and new say which item it is. */
        At self(Value now) {
            return new At(id, what, null, lineOf(now, line, file), file);
        }
    }

    private void compare(Type type, Value old, Value now, At at, String key) {
        if (type instanceof Lazy l) {
            compare(l.get(), old, now, at, key);
        } else if (type instanceof Either e) {
            Value o = lift(e, old);
            Value n = lift(e, now);
            if (o instanceof Value.Mapping || n instanceof Value.Mapping) {
                struct(e.struct(), o, n, at.under("", n), true);
            } else {
                compare(e.scalar(), o, n, at, key);
            }
        } else if (type instanceof Struct s) {
            struct(s, old, now, at, false);
        } else if (type instanceof ListOf l) {
            list(l, seq(old), seq(now), at);
        } else if (type instanceof Dict d) {
            dict(d, old, now, at);
        } else {
            scalar(type, old, now, at, key);
        }
    }

    /** A scalar where the fuller form may stand means the fuller form with only its first key. */
    private static Value lift(Either e, Value v) {
        if (v == null || v instanceof Value.Mapping) {
            return v;
        }
        return new Value.Mapping(List.of(new Value.Entry(new Text(head(e.struct()).name(), v.span()), v, v.span())), v.span());
    }

    /** The key that says what an item is: its title or text (an Either's scalar form). */
    private static Key head(Struct s) {
        for (Key k : s.keys()) {
            if (k.required() && !k.name().equals("id") && !k.name().equals("key")) {
                return k;
            }
        }
        return s.keys().get(0);
    }

    /**
     * @param headIsSelf the struct's head key is named as the struct itself (a budget's total is
     *                   "budget", a guideline's text "guideline")
     */
    private void struct(Struct s, Value old, Value now, At at, boolean headIsSelf) {
        struct(s, old, now, at, headIsSelf, false);
    }

    /** @param ownsContext the struct is the item {@code at}'s context names: its head is that text itself */
    private void struct(Struct s, Value old, Value now, At at, boolean headIsSelf, boolean ownsContext) {
        Value.Mapping o = old instanceof Value.Mapping m ? m : EMPTY;
        Value.Mapping n = now instanceof Value.Mapping m ? m : EMPTY;
        Key head = head(s);
        for (Key k : s.keys()) {
            if (s.identifies() != null && k.name().equals("id")) {
                continue; // the id is how the item was matched
            }
            Value where = n.get(k.name()) != null ? n.get(k.name()) : n;
            At child = headIsSelf && k == head ? (ownsContext ? at.self(where) : at.under("", where)) : at.under(k.name(), where);
            compare(k.type(), o.get(k.name()), n.get(k.name()), child, null);
        }
    }

    private static final Value.Mapping EMPTY = new Value.Mapping(List.of(), Span.NONE);

    private void scalar(Type type, Value old, Value now, At at, String key) {
        String o = str(old);
        String n = str(now);
        if (o == null && n == null || o != null && o.equals(n) && sameAmount(old, now)) {
            return;
        }
        BigDecimal delta = old instanceof Money || now instanceof Money ? amount(now).subtract(amount(old)) : null;
        if (delta != null && delta.signum() == 0) {
            return;
        }
        boolean prose = type == Scalar.TEXT || type == Scalar.MARKDOWN || type == Scalar.REASON;
        Change.Kind kind = o == null ? Change.Kind.ADDED : n == null ? Change.Kind.REMOVED : Change.Kind.CHANGED;
        emit(kind, at, key, o, n, delta, prose);
    }

    private static boolean sameAmount(Value a, Value b) {
        return !(a instanceof Money) || a.equals(b);
    }

    private static BigDecimal amount(Value v) {
        return v instanceof Money m ? m.amount() : BigDecimal.ZERO;
    }

    private void dict(Dict d, Value old, Value now, At at) {
        Map<String, Value.Entry> o = entries(d, old);
        Map<String, Value.Entry> n = entries(d, now);
        String what = EntryNames.singular(at.what());
        Value nowMap = now != null ? now : null;
        for (Map.Entry<String, Value.Entry> e : o.entrySet()) {
            if (!n.containsKey(e.getKey())) {
                compare(d.value(), e.getValue().value(), null, new At(at.id(), what, at.context(), lineOf(nowMap, at.line(), file), file), e.getKey());
            }
        }
        for (Map.Entry<String, Value.Entry> e : n.entrySet()) {
            Value.Entry before = o.get(e.getKey());
            Value after = e.getValue().value();
            compare(d.value(), before == null ? null : before.value(), after,
                    new At(at.id(), what, at.context(), lineOf(e.getValue().key(), at.line(), file), file), e.getKey());
        }
    }

    private static Map<String, Value.Entry> entries(Dict d, Value v) {
        Map<String, Value.Entry> out = new LinkedHashMap<>();
        if (v instanceof Value.Mapping m) {
            for (Value.Entry e : m.entries()) {
                String key = d.key() == Scalar.YEAR ? arabic(e.key().value().strip()) : e.key().value();
                out.putIfAbsent(key, e);
            }
        }
        return out;
    }

    /** Years may be written in Thai digits; ๒๕๖๘ and 2568 are one key. */
    private static String arabic(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(c >= '๐' && c <= '๙' ? (char) ('0' + (c - '๐')) : c);
        }
        return b.toString();
    }

    private void list(ListOf l, List<Value> old, List<Value> now, At at) {
        Type item = l.item() instanceof Lazy lazy ? lazy.get() : l.item();
        Struct struct = item instanceof Struct s ? s : item instanceof Either e ? e.struct() : null;
        if (item instanceof Ref || item == Scalar.ID) {
            refs(old, now, at);
        } else if (item == Scalar.MONEY || item == Scalar.YEAR) {
            // Quarters: a position is a meaning (Q1..Q4), compared place by place.
            for (int i = 0; i < Math.max(old.size(), now.size()); i++) {
                compare(item, i < old.size() ? old.get(i) : null, i < now.size() ? now.get(i) : null, at, "Q" + (i + 1));
            }
        } else if (struct != null && struct.identifies() != null) {
            new Matching(this, item, struct, at).byKey(old, now, "id");
        } else if (struct != null && struct.key("key") != null) {
            new Matching(this, item, struct, at).byKey(old, now, "key");
        } else {
            new Matching(this, item, struct, at).byLikeness(old, now);
        }
    }

    /** Links (missions of a goal, the outline): one change showing the whole list before and after. */
    private void refs(List<Value> old, List<Value> now, At at) {
        List<String> o = old.stream().map(PlanDiff::str).toList();
        List<String> n = now.stream().map(PlanDiff::str).toList();
        if (o.equals(n)) {
            return;
        }
        boolean sameSet = new java.util.HashSet<>(o).equals(new java.util.HashSet<>(n)) && o.size() == n.size();
        Change.Kind kind = sameSet ? Change.Kind.MOVED : o.isEmpty() ? Change.Kind.ADDED : n.isEmpty() ? Change.Kind.REMOVED : Change.Kind.CHANGED;
        emit(kind, at, null, o.isEmpty() ? null : String.join(", ", o), n.isEmpty() ? null : String.join(", ", n), null, false);
    }

    // --- used by Matching ---

    /** Compares two matched list items (either may be null: added or removed). */
    void item(Type type, Struct struct, Value old, Value now, At at) {
        if (old == null || now == null) {
            Value v = now != null ? now : old;
            Value lifted = type instanceof Either e ? lift(e, v) : v;
            String summary = lifted instanceof Value.Mapping m && struct != null ? str(m.get(head(struct).name())) : str(v);
            if (lifted instanceof Value.Mapping m && struct != null && struct.key("key") != null && m.text("key") != null) {
                summary = m.text("key").value() + ": " + summary;
            }
            At where = struct != null && struct.identifies() != null ? new At(idText(v, at.id()), struct.name(), null, lineOf(now, at.line(), file), file)
                    : at.named(struct != null ? struct.name() : at.what(), null, now);
            emit(now == null ? Change.Kind.REMOVED : Change.Kind.ADDED, where, null,
                    now == null ? summary : null, now == null ? null : summary, null, true);
            return;
        }
        if (struct != null && struct.identifies() != null) {
            struct(struct, old, now, new At(idText(now, at.id()), "", null, lineOf(now, at.line(), file), file), false);
        } else if (struct != null) {
            // An item without id is named by its kind; its text is that item itself ("activity").
            Value o = type instanceof Either e ? lift(e, old) : old;
            Value n = type instanceof Either e ? lift(e, now) : now;
            struct(struct, o, n, at.named(struct.name(), summary(struct, now), now), true, true);
        } else {
            compare(type, old, now, at.named(at.what(), null, now), null);
        }
    }

    /** Whether two list items say the same thing (compared as a change would be, and dropped). */
    boolean same(Type type, Struct struct, Value old, Value now, At at) {
        PlanDiff scratch = new PlanDiff(plan, file);
        scratch.item(type, struct, old, now, at);
        return scratch.out.isEmpty();
    }

    void moved(Struct struct, Value now, At at, int from, int to) {
        String what = struct != null ? struct.name() : at.what();
        String id = struct != null && struct.identifies() != null ? idText(now, at.id()) : at.id();
        String summary = struct != null && struct.identifies() != null ? id : summary(struct, now);
        // A moved item without id is named by its text, so the reader knows which one.
        String context = summary != null && !summary.equals(id) ? summary : null;
        out.add(new Change(Change.Kind.MOVED, plan, id, what, null, context, String.valueOf(from), String.valueOf(to), null,
                file, lineOf(now, at.line(), file), false));
    }

    String summary(Struct struct, Value v) {
        if (struct == null) {
            return str(v);
        }
        Value lifted = v instanceof Value.Mapping ? v : new Value.Mapping(List.of(new Value.Entry(new Text(head(struct).name(), Span.NONE), v, Span.NONE)), Span.NONE);
        return str(((Value.Mapping) lifted).get(head(struct).name()));
    }

    private static String idText(Value v, String otherwise) {
        return v instanceof Value.Mapping m && m.text("id") != null ? m.text("id").value() : otherwise;
    }

    /** The change of the plan's total, which budgets moved between projects leave unchanged. */
    private void total(Plan old, Plan now) {
        Money o = BudgetSummary.of(old).total();
        Money n = BudgetSummary.of(now).total();
        BigDecimal a = o == null ? BigDecimal.ZERO : o.amount();
        BigDecimal b = n == null ? BigDecimal.ZERO : n.amount();
        if (a.compareTo(b) != 0) {
            out.add(new Change(Change.Kind.CHANGED, plan, plan, "budget total", null, null, Money.format(a), Money.format(b),
                    b.subtract(a), file, 1, false));
        }
    }

    private void emit(Change.Kind kind, At at, String key, String old, String now, BigDecimal delta, boolean prose) {
        out.add(new Change(kind, plan, at.id(), at.what().isEmpty() ? "plan" : at.what(), key, at.context(), old, now, delta, file,
                Math.max(1, at.line()), prose));
    }

    static String str(Value v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Text t) {
            return t.value();
        }
        if (v instanceof Money m) {
            return m.formatted();
        }
        if (v instanceof Year y) {
            return String.valueOf(y.value());
        }
        return null;
    }

    private static List<Value> seq(Value v) {
        return v instanceof Value.Sequence s ? s.items() : List.of();
    }

    /**
     * The line of {@code v} in NEW's file, else {@code otherwise}: a part a plan inherits from its
     * base stands in the base's file, and the change is shown at the nearest line of the plan's own.
     */
    private static int lineOf(Value v, int otherwise, String file) {
        return v != null && v.span() != null && v.span().isKnown()
                && (file == null || v.span().file() == null || v.span().file().equals(file)) ? v.span().line() : otherwise;
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + "." + b;
    }
}
