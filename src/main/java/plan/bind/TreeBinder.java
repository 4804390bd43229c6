package plan.bind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import plan.diag.Message;
import plan.diag.Rule;
import plan.format.Ids;
import plan.format.Key;
import plan.format.Type;
import plan.format.Type.Dict;
import plan.format.Type.Either;
import plan.format.Type.Lazy;
import plan.format.Type.ListOf;
import plan.format.Type.OneOf;
import plan.format.Type.Ref;
import plan.format.Type.Scalar;
import plan.format.Type.Struct;
import plan.format.Type.Version;
import plan.model.Text;
import plan.model.Value;
import plan.model.Year;

/**
 * YAML nodes to a {@link Value} tree, led by the format description: every key checked against
 * its mapping's keys, every value against its type, required keys and non-empty lists enforced.
 * A value that cannot be read is reported and left out; binding always goes on to the end.
 */
final class TreeBinder {
    private final Reader read;
    private final String defaultId;

    TreeBinder(Reader read, String defaultId) {
        this.read = read;
        this.defaultId = defaultId;
    }

    /** The value of {@code node} as {@code type}, or null (reported) where it is unusable. */
    Value bind(Type type, Node node, String key) {
        if (node == null) {
            return null;
        }
        // An if-chain rather than a pattern switch: a type switch costs a bootstrap at start-up,
        // and `plan check` of one file is mostly start-up.
        if (type instanceof Scalar s) {
            return scalar(s, node, key);
        } else if (type instanceof Struct s) {
            return struct(s, node, key);
        } else if (type instanceof ListOf l) {
            return list(l, node, key);
        } else if (type instanceof Ref) {
            return read.text(node, key);
        } else if (type instanceof Dict d) {
            return dict(d, node, key);
        } else if (type instanceof Either e) {
            Text colon = read.colonInText(node, e.struct().keyNames());
            if (colon != null) {
                return colon;
            }
            return node instanceof MappingNode || node instanceof SequenceNode
                    ? struct(e.struct(), node, key) : bind(e.scalar(), node, key);
        } else if (type instanceof Lazy l) {
            return bind(l.get(), node, key);
        } else if (type instanceof Version v) {
            return version(v, node, key);
        } else if (type instanceof OneOf o) {
            return oneOf(o, node, key);
        }
        throw new IllegalStateException("a type the binder does not know: " + type);
    }

    Value.Mapping struct(Struct type, Node node, String key) {
        Mapping m = read.mapping(node, key, type.keyNames());
        if (m == null) {
            return null;
        }
        List<Value.Entry> entries = new ArrayList<>();
        for (Key k : type.keys()) {
            Node value = m.get(k.name());
            if (value == null) {
                value = m.misspeltValue(k.name());
            }
            if (value == null && k.required()) {
                m.required(k.name(), type.name());
            }
            Node keyNode = m.keyNodes().get(k.name());
            if (value != null && keyNode == null) { // read from the misspelt key, at its place
                keyNode = value;
            }
            if (value == null) {
                if (k.fileNameDefault() && !Ids.isValid(defaultId)) {
                    read.report(Rule.WRONG_TYPE, m.span(), Message.of("bind.file-id", defaultId),
                            Message.of("bind.file-id.hint"));
                }
                continue;
            }
            entries.add(new Value.Entry(new Text(k.name(), read.span(keyNode)), bind(k.type(), value, k.name()),
                    read.span(value)));
        }
        return new Value.Mapping(entries, m.span());
    }

    private Value scalar(Scalar kind, Node node, String key) {
        boolean wordless = kind == Scalar.YEAR || kind == Scalar.MONEY || kind == Scalar.WEIGHT || kind == Scalar.SCORE;
        if (wordless && blank(node, key)) {
            return null;
        }
        return switch (kind) {
            case TEXT, MARKDOWN -> read.text(node, key);
            case ID -> read.id(node, key);
            case ITEM_ID -> read.itemId(node, key);
            case YEAR -> read.year(node, key);
            case REASON -> reason(node, key);
            case MONEY -> read.money(node, key);
            case MEASURE, PATH -> read.text(node, key);
            case WEIGHT -> read.decimal(node, key, BigDecimal.ZERO, BigDecimal.ONE);
            case SCORE -> read.decimal(node, key, BigDecimal.ONE, BigDecimal.valueOf(5));
        };
    }

    private Year version(Version type, Node node, String key) {
        Year version = read.year(node, key);
        if (version != null && version.value() != type.expected()) {
            read.report(Rule.WRONG_TYPE, version.span(), Message.of("bind.format-version", version.value(),
                    type.expected()), null);
        }
        return version;
    }

    private Text oneOf(OneOf type, Node node, String key) {
        if (blank(node, key)) {
            return null;
        }
        Text t = read.text(node, key);
        if (t != null && !type.words().contains(t.value())) {
            read.report(Rule.WRONG_TYPE, t.span(), Message.of(type.messageKey(), t.value()), null);
            return null;
        }
        return t;
    }

    /**
     * True, and reported, when {@code node} is a value left blank ({@code status:}, {@code ""})
     * where a year, an amount, a number or a word of a list belongs: it is said to be blank, not
     * that it is "not ``".
     */
    private boolean blank(Node node, String key) {
        if (node instanceof ScalarNode scalar && scalar.getValue().isBlank()) {
            read.report(Rule.EMPTY_TEXT, node, Message.of("check.empty-text", key), null);
            return true;
        }
        return false;
    }

    /** A waiver's reason: a waiver without one is reported and does not count. */
    private Text reason(Node node, String rule) {
        Text reason = read.text(node, rule);
        if (reason == null || reason.isBlank()) {
            read.report(Rule.EMPTY_TEXT, node, Message.of("bind.waive-reason", rule),
                    Message.of("bind.waive-reason.hint", rule));
            return null;
        }
        return reason;
    }

    private Value.Sequence list(ListOf type, Node node, String key) {
        if (node instanceof ScalarNode && !Reader.isNull(node) && takesText(type.item())) {
            // `guidelines: ทำกิจกรรม`: one item meant. Reported with what to type, read as that item,
            // so the mistake is one finding (not also "no guidelines" or a reference to nothing).
            String value = ((ScalarNode) node).getValue();
            read.report(Rule.WRONG_TYPE, node, Message.of("bind.wrong-type", key, Message.of("type.list"), Message.of("type.text")),
                    Message.of("bind.list-of-one.hint", value, key));
            Value v = bind(type.item(), node, key);
            return new Value.Sequence(v == null ? List.of() : List.of(v), read.span(node));
        }
        List<Node> items = read.list(node, key);
        if (type.nonEmpty() && items.isEmpty() && (Reader.isNull(node) || node instanceof SequenceNode)) {
            read.report(Rule.EMPTY_TEXT, node, Message.of("check.empty-list", key), null);
        }
        if (!(node instanceof SequenceNode)) {
            return Reader.isNull(node) ? new Value.Sequence(List.of(), read.span(node)) : null;
        }
        if (type.exactly() > 0 && items.size() != type.exactly()) {
            read.report(Rule.WRONG_TYPE, node, Message.of("bind.list-size", key, type.exactly(), items.size()), null);
            return null;
        }
        List<Value> out = new ArrayList<>();
        for (Node item : items) {
            Value v = bind(type.item(), item, key);
            if (v != null) {
                out.add(v);
            }
        }
        return new Value.Sequence(out, read.span(node));
    }

    /** An item type that a text can be (a text, an id, a reference, or text-or-map). */
    private static boolean takesText(Type item) {
        return item instanceof Scalar || item instanceof Ref || item instanceof Either
                || item instanceof Lazy l && takesText(l.get());
    }

    private Value.Mapping dict(Dict type, Node node, String key) {
        Mapping m = read.mapping(node, key, type.vocabulary());
        if (m == null) {
            return null;
        }
        List<Value.Entry> entries = new ArrayList<>();
        for (Map.Entry<String, Node> e : m.keyNodes().entrySet()) {
            String name = e.getKey();
            if (type.vocabulary() != null && !type.vocabulary().contains(name)) {
                continue; // reported as unknown-key
            }
            Text keyText = new Text(name, read.span(e.getValue()));
            if (type.vocabulary() == null && type.key() == Scalar.YEAR) {
                Year year = read.year(e.getValue(), key);
                if (year == null) {
                    continue;
                }
                keyText = new Text(Integer.toString(year.value()), year.span()); // Thai digits read as Arabic
            }
            Value value = bind(type.value(), m.get(name), name);
            if (value != null) {
                entries.add(new Value.Entry(keyText, value, read.span(m.get(name))));
            }
        }
        return new Value.Mapping(entries, m.span());
    }
}
