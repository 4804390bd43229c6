package plan.check;

import java.util.HashMap;
import java.util.Map;

import plan.diag.Findings;
import plan.diag.Message;
import plan.diag.Rule;
import plan.format.Format;
import plan.format.Kind;
import plan.format.Walk;
import plan.model.Framework;
import plan.model.Text;
import plan.model.Value;

/**
 * The rules of a framework file beyond binding: duplicate-id (item ids are unique within the
 * framework, nested ones included) and empty-text. Frameworks have no other rules.
 */
public final class FrameworkChecker {
    private FrameworkChecker() {
    }

    public static void check(Framework framework, Format format, Findings findings) {
        if (framework == null) {
            return;
        }
        Map<String, Text> first = new HashMap<>();
        Walk.walk(format.framework().root(), framework.tree(), new Walk.Visitor() {
            @Override
            public void item(Kind kind, Text id, Value.Mapping item) {
                Text earlier = first.putIfAbsent(id.value(), id);
                if (earlier != null) {
                    findings.report(Rule.DUPLICATE_ID, id.span().line(), id.span().column(),
                            Message.of("check.duplicate-item-id", id.value()),
                            Message.of("check.duplicate-item-id.hint", earlier.span().line()));
                }
            }

            @Override
            public void text(Text text, String path, boolean required) {
                if (required && text != null && text.isBlank()) {
                    findings.report(Rule.EMPTY_TEXT, text.span().line(), text.span().column(),
                            Message.of("check.empty-text", path));
                }
            }
        });
    }
}
