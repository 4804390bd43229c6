package plan.bind;

import java.math.BigDecimal;
import java.util.List;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import plan.diag.Findings;
import plan.diag.Message;
import plan.diag.Rule;
import plan.format.Ids;
import plan.model.Money;
import plan.model.Span;
import plan.model.Text;
import plan.model.Year;

/** Typed reads of single nodes; a node of the wrong shape is reported and read as absent. */
final class Reader {
    /**
     * True for a file with no document, or one with nothing in it (only {@code ---}): the file is
     * empty, at its first line, wherever the parser's mark of the nothing lies.
     */
    static boolean nothing(Node root) {
        return root == null || root instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag())
                && scalar.getValue().isEmpty();
    }

    final Findings findings;

    Reader(Findings findings) {
        this.findings = findings;
    }

    /** Where a node starts, in this reader's file. */
    Span span(Node node) {
        return new Span(findings.file(), node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1);
    }

    void report(Rule rule, Node at, Message message, Message hint) {
        Span s = span(at);
        findings.report(rule, s.line(), s.column(), message, hint);
    }

    void report(Rule rule, Span at, Message message, Message hint) {
        findings.report(rule, at.line(), at.column(), message, hint);
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
    }

    /**
     * `- จัดกิจกรรม: ส่งเสริมการอ่าน`: text with `: ` in it, not in quotes, which YAML reads as a map
     * of one key, a key that is not one of the format's (`known`) and reads as words (Thai, or with
     * a space), not as a key name. Reported once, with the text in
     * quotes as it should be typed, and read as the text meant; null where the node is no such thing.
     */
    Text colonInText(Node node, java.util.Collection<String> known) {
        if (node instanceof MappingNode m && m.getValue().size() == 1
                && m.getValue().get(0).getKeyNode() instanceof ScalarNode k
                && m.getValue().get(0).getValueNode() instanceof ScalarNode v
                && k.getScalarStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN
                && v.getScalarStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN
                && !isNull(v) && !known.contains(k.getValue()) && k.getValue().chars().anyMatch(c -> c > 127 || c == ' ') && plan.diag.Suggest.closest(k.getValue(), known) == null) {
            String text = k.getValue() + ": " + v.getValue();
            report(Rule.YAML_SYNTAX, node, Message.of("load.colon"),
                    Message.of("load.colon.hint", "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\""));
            return new Text(text, span(node));
        }
        return null;
    }

    /** A text as written: any scalar (a year or "yes" is text too); null where it is not a scalar. */
    Text text(Node node, String key) {
        if (node == null) {
            return null;
        }
        Text colon = colonInText(node, java.util.List.of());
        if (colon != null) {
            return colon;
        }
        if (node instanceof ScalarNode s) {
            return new Text(isNull(s) ? "" : s.getValue(), span(node));
        }
        wrongType(node, key, "text");
        return null;
    }

    /** An id, or null (reported) where it is not one. */
    Text id(Node node, String key) {
        Text t = text(node, key);
        if (t != null && !Ids.isValid(t.value())) {
            report(Rule.WRONG_TYPE, node, Message.of("bind.bad-id", t.value()), Message.of("bind.bad-id.hint"));
            return null;
        }
        return t;
    }

    /** A framework item's id, or null (reported) where it is not one. */
    Text itemId(Node node, String key) {
        Text t = text(node, key);
        if (t != null && !Ids.isValidItemId(t.value())) {
            report(Rule.WRONG_TYPE, node, Message.of("bind.bad-item-id", t.value()), Message.of("bind.bad-item-id.hint"));
            return null;
        }
        return t;
    }

    Year year(Node node, String key) {
        Text t = text(node, key);
        if (t == null) {
            return null;
        }
        String digits = toArabicDigits(t.value().strip());
        if (!digits.matches("[0-9]{1,6}")) {
            report(Rule.WRONG_TYPE, node, Message.of("bind.not-year", key, t.value()), Message.of("bind.not-year.hint"));
            return null;
        }
        return new Year(Integer.parseInt(digits), t.span());
    }

    /**
     * An amount of baht: digits with at most two decimals, read exactly. Digit groups (1,250,000)
     * make it text in YAML; the hint gives the number to write instead.
     */
    Money money(Node node, String key) {
        Text t = text(node, key);
        if (t == null) {
            return null;
        }
        String written = toArabicDigits(t.value().strip());
        // Quotes make a number text on purpose; the format says amounts are YAML numbers, and an
        // editor's schema would refuse the quoted form, so the check does too.
        if (node instanceof ScalarNode s && !s.isPlain() && written.matches("[0-9]{1,15}(\\.[0-9]{1,2})?")) {
            report(Rule.WRONG_TYPE, node, Message.of("bind.money-quoted", key, t.value()),
                    Message.of("bind.money-quoted.hint", written));
            return null;
        }
        if (written.matches("[0-9]{1,15}(\\.[0-9]{1,20})?")) {
            BigDecimal amount = new BigDecimal(written);
            if (amount.scale() > 2) {
                report(Rule.WRONG_TYPE, node, Message.of("bind.money-decimals", key, t.value()),
                        Message.of("bind.money-decimals.hint"));
                return null;
            }
            return new Money(amount, t.span());
        }
        String ungrouped = written.replaceAll("(?<=[0-9])[,_ ](?=[0-9]{3})", "");
        if (!ungrouped.equals(written) && ungrouped.matches("[0-9]{1,15}(\\.[0-9]{1,2})?")) {
            report(Rule.WRONG_TYPE, node, Message.of("bind.money-grouped", key, t.value()),
                    Message.of("bind.money-grouped.hint", ungrouped));
            return null;
        }
        // ฿18,500, 18500 บาท, THB 18500: the sign or the word, which the documents add themselves.
        String bare = written.replaceAll("^(฿|THB|บาท)\\s*|\\s*(฿|บาท|THB|\\.-|-)$", "")
                .replaceAll("(?<=[0-9])[,_ ](?=[0-9]{3})", "");
        if (!bare.equals(written) && bare.matches("[0-9]{1,15}(\\.[0-9]{1,2})?")) {
            report(Rule.WRONG_TYPE, node, Message.of("bind.money-currency", key, t.value()),
                    Message.of("bind.money-grouped.hint", bare));
            return null;
        }
        report(Rule.WRONG_TYPE, node, Message.of("bind.not-money", key, t.value()), Message.of("bind.not-money.hint"));
        return null;
    }

    /**
     * A number from {@code min} to {@code max} with at most two decimals (a factor's weight or
     * score), read exactly; held as a {@link Money}, the format's one exact decimal value.
     */
    Money decimal(Node node, String key, BigDecimal min, BigDecimal max) {
        Text t = text(node, key);
        if (t == null) {
            return null;
        }
        String written = toArabicDigits(t.value().strip());
        if (!written.matches("-?[0-9]{1,6}(\\.[0-9]{1,20})?")) {
            report(Rule.WRONG_TYPE, node, Message.of("bind.not-decimal", key, t.value()),
                    Message.of("bind.decimal.hint", min.toPlainString(), max.toPlainString()));
            return null;
        }
        // Quoted, it is text, which the editor's schema refuses: the check does too, as for amounts.
        if (node instanceof ScalarNode s && !s.isPlain()) {
            report(Rule.WRONG_TYPE, node, Message.of("bind.money-quoted", key, t.value()),
                    Message.of("bind.money-quoted.hint", written));
            return null;
        }
        BigDecimal value = new BigDecimal(written);
        if (value.stripTrailingZeros().scale() > 2) {
            report(Rule.WRONG_TYPE, node, Message.of("bind.decimal-decimals", key, t.value()),
                    Message.of("bind.decimal.hint", min.toPlainString(), max.toPlainString()));
            return null;
        }
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            report(Rule.WRONG_TYPE, node, Message.of("bind.decimal-range", key, t.value(), min.toPlainString(),
                    max.toPlainString()), Message.of("bind.decimal.hint", min.toPlainString(), max.toPlainString()));
            return null;
        }
        return new Money(value, t.span());
    }

    /** The items of a sequence; a null value reads as no items. */
    List<Node> list(Node node, String key) {
        if (node == null || isNull(node)) {
            return List.of();
        }
        if (node instanceof SequenceNode s) {
            return s.getValue();
        }
        wrongType(node, key, "list");
        return List.of();
    }

    /** A mapping's keys and values, or null (reported) where the node is something else. */
    Mapping mapping(Node node, String key, java.util.Collection<String> allowed) {
        if (node instanceof MappingNode m) {
            return new Mapping(m, allowed, this);
        }
        if (node != null) {
            wrongType(node, key, "map");
        }
        return null;
    }

    void wrongType(Node node, String key, String expected) {
        report(Rule.WRONG_TYPE, node, Message.of("bind.wrong-type", key, Message.of("type." + expected), shape(node)),
                null);
    }

    private static Message shape(Node node) {
        if (node instanceof MappingNode) {
            return Message.of("type.map");
        }
        if (node instanceof SequenceNode) {
            return Message.of("type.list");
        }
        return Message.of("type.text");
    }

    /** Thai digits in a year are accepted: officers type them, the model keeps numbers. */
    private static String toArabicDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> b.appendCodePoint(c >= 0x0E50 && c <= 0x0E59 ? '0' + (c - 0x0E50) : c));
        return b.toString();
    }
}
