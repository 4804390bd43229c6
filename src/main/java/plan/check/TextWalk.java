package plan.check;

import java.util.List;

import plan.model.Focus;
import plan.model.Goal;
import plan.model.Guideline;
import plan.model.Mission;
import plan.model.Plan;
import plan.model.Section;
import plan.model.Strategy;
import plan.model.Text;
import plan.model.Values;

/** Every text of a plan, with its key name and whether the format requires it to say something. */
final class TextWalk {
    interface Visitor {
        void visit(Text text, String key, boolean required);
    }

    private TextWalk() {
    }

    static void walk(Plan p, Visitor v) {
        v.visit(p.title(), "title", true);
        v.visit(p.subtitle(), "subtitle", false);
        if (p.organization() != null) {
            v.visit(p.organization().name(), "organization.name", true);
            v.visit(p.organization().shortName(), "organization.short", false);
        }
        v.visit(p.preamble(), "preamble", false);
        v.visit(p.vision(), "vision", true);
        for (Mission m : p.missions()) {
            v.visit(m.text(), "missions.text", true);
        }
        for (Goal g : p.goals()) {
            v.visit(g.text(), "goals.text", true);
        }
        for (Strategy s : p.strategies()) {
            v.visit(s.title(), "strategies.title", true);
            guidelines(s.guidelines(), v);
            v.visit(s.description(), "strategies.description", false);
        }
        Values values = p.values();
        if (values != null) {
            v.visit(values.name(), "values.name", false);
            v.visit(values.motto(), "values.motto", false);
            v.visit(values.description(), "values.description", false);
            values.items().forEach(i -> {
                v.visit(i.key(), "values.items.key", true);
                v.visit(i.name(), "values.items.name", false);
                v.visit(i.text(), "values.items.text", true);
            });
        }
        Focus focus = p.focus();
        if (focus != null) {
            v.visit(focus.title(), "focus.title", false);
            focus.items().forEach(i -> {
                v.visit(i.text(), "focus.items.text", true);
                v.visit(i.tag(), "focus.items.tag", false);
            });
        }
        for (Section s : p.sections()) {
            v.visit(s.title(), "sections.title", true);
            v.visit(s.body(), "sections.body", false);
        }
        p.labels().forEach((key, text) -> v.visit(text, "labels." + key, false));
        p.waivers().forEach(w -> v.visit(w.reason(), "waive." + w.rule().value(), true));
    }

    private static void guidelines(List<Guideline> list, Visitor v) {
        for (Guideline g : list) {
            v.visit(g.text(), "guidelines", true);
            guidelines(g.items(), v);
        }
    }
}
