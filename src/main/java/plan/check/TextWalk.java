package plan.check;

import plan.format.Walk;
import plan.model.Text;

/** Every text of a plan, with its key path and whether the format requires it to say something. */
final class TextWalk {
    interface Visitor {
        void visit(Text text, String key, boolean required);
    }

    private TextWalk() {
    }

    static void walk(CheckContext c, Visitor v) {
        Walk.walk(c.format().plan().root(), c.plan().tree(), new Walk.Visitor() {
            @Override
            public void text(Text text, String path, boolean required) {
                v.visit(text, path, required);
            }
        });
    }
}
