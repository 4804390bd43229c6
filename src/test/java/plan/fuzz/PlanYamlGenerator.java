package plan.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Stream;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;

import plan.diag.Rule;
import plan.format.Format;
import plan.format.Kind;
import plan.format.Type;

/**
 * Builds a plan file from fuzzer data: mostly the shape the format expects, so that inputs get
 * past loading into binding and the rules, with every choice open to the fuzzer — junk and
 * misspelled keys, wrong shapes, Thai and control characters, anchors and aliases, tags, deep
 * nesting, BOM and CRLF. When the data runs out every choice falls to its first option, which is
 * the expected shape with no items, so generation always ends.
 */
final class PlanYamlGenerator {
    /** What the format expects at a place: a kind of scalar, a mapping of known keys, a list. */
    private sealed interface Shape {
    }

    private record Value(List<String> examples) implements Shape {
    }

    private record Keys(java.util.Map<String, Shape> keys) implements Shape {
    }

    private record ListOf(Shape item) implements Shape {
    }

    /** Any of {@code names} as keys, each with a value of {@code value}'s shape (labels, waive). */
    private record Named(List<String> names, Shape value) implements Shape {
    }

    /** A text, or a mapping for the fuller form (a guideline: text, or {text, items: [guideline]}). */
    private record Choice(Value scalar, Keys struct) implements Shape {
    }

    /** A shape defined in terms of itself (nested guidelines), made when first reached. */
    private static final class Later implements Shape {
        private final java.util.function.Supplier<Shape> make;
        private Shape made;

        Later(java.util.function.Supplier<Shape> make) {
            this.make = make;
        }

        Shape get() {
            if (made == null) {
                made = make.get();
            }
            return made;
        }
    }

    // First entries are the well-formed ones: exhausted data picks them.
    private static final Value TEXT = new Value(List.of("พัฒนาผู้เรียน", "ผู้เรียนมีคุณภาพ *ตาม* มาตรฐาน", "น้ำ ค่ำ ที่นี่",
            "น\u0e4d\u0e32", "น\u0e4d\u0e49\u0e32", "\u0e48ก", "ก \u0e34", "ก\u0e48\u0e35", "กา\u200bร", "ก\ufeffร", "๒๕๖๖",
            "<script>alert(1)</script>", "[x](java&#115;cript:alert(1))", "", " ", "~", "null", "yes", "no", "on",
            "0x1F", "1e9", "2566", "-", "M1", "😀 emoji", "a\tb", "a\nb", "a\rb", "a\u0085b", "a\u2028b", "\u0000",
            "\u001b[31m", "\u0e01".repeat(300), "\u0e48\u0e49\u0e4a\u0e4b", "\ud800", "%", "'\"", "# not a comment",
            "a: b", "key: &x value"));
    private static final Value ID = new Value(List.of("M1", "G1", "S1", "M2", "G2", "S2", "X1", "ภารกิจ1", "sec.a-1_b",
            "1bad", "a b", "../x", "", "M1\u200b", "m1", "ก\u0e48"));
    private static final Value REF = ID;
    private static final Value YEAR = new Value(List.of("2566", "2569", "2565", "2024", "๒๕๖๖", "0", "99999999999",
            "-1", " 2566 ", "2566.5", "0x10", "2700", "2399", "2701", "1857", "999999"));
    private static final Value MONEY = new Value(List.of("48500", "1250000.50", "0", "0.10", "1,250,000", "1_000",
            "12.345", "-5", "๔๘๕๐๐", "1e3", "abc", "99999999999999999999", "0.", ".5", ""));
    private static final Value DECIMAL = new Value(List.of("0.25", "1", "4", "3.5", "0", "5", "1.001", "6", "-0.1",
            "๐.๕", "abc", "", "0.333"));
    private static final Value MEASURE = new Value(List.of("80", "ระดับดี", "85.5", "", "ร้อยละ 90", "1,000"));
    /** Keys an author names: sources of funds, expense categories. */
    private static final Value NAMES = new Value(List.of("งบประมาณ สพฐ.", "เงินอุดหนุนรายหัว", "ค่าวัสดุ", "ค่าตอบแทน",
            "", "2568", "น\u0e4d\u0e32"));
    private static final Value FORMAT = new Value(List.of("1", "2", "0", "๑", "one", "1.0"));
    private static final Value CHAPTER = new Value(Stream.concat(Format.CHAPTERS.stream(),
            Stream.of("sec1", "visoin", "S1", "")).toList());
    private static final java.util.Map<Type.Lazy, Later> LATER = new java.util.HashMap<>();
    /** The plan as the format description has it: the generator follows every key the format has. */
    private static final Shape PLAN = shape(Format.STANDARD.plan().root());
    private static final Shape GUIDELINE = ((ListOf) ((Keys) ((ListOf) ((Keys) PLAN).keys().get("strategies")).item())
            .keys().get("guidelines")).item();
    private static final List<String> JUNK_KEYS = List.of("titel", "mision", "goal", "Title", "ไอดี", "", "<<",
            "strategy", "guideline", "item", "idd", "text ", "ชื่อ", "~", "null", "1", "yes", "? x", "-", "a:b");
    private static final List<String> TAGS = List.of("!!str", "!!int", "!!map", "!!seq", "!!null", "!!bool",
            "!!float", "!!binary", "!!timestamp", "!local", "!", "!<tag:yaml.org,2002:str>", "!!set", "!!omap",
            "!!python/object:os.system", "!!java.io.File", "!!merge", "!!value");

    private static final int MAX_DEPTH = 12;

    private final FuzzedDataProvider data;
    private int anchors;

    private PlanYamlGenerator(FuzzedDataProvider data) {
        this.data = data;
    }

    static byte[] plan(FuzzedDataProvider data) {
        return new PlanYamlGenerator(data).file();
    }

    private byte[] file() {
        String text = switch (data.consumeInt(0, 19)) {
            case 1 -> "%YAML 1.1\n---\n" + Yaml.emit(node(PLAN, 0));
            case 2 -> "---\n" + Yaml.emit(node(PLAN, 0)) + "---\n" + Yaml.emit(node(PLAN, 0));
            case 3 -> "# แผน\n" + Yaml.emit(node(PLAN, 0)) + "...\n";
            default -> Yaml.emit(node(PLAN, 0));
        };
        if (data.consumeBoolean()) {
            text = text.replace("\n", "\r\n");
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (data.consumeBoolean()) {
            bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes);
        }
        // Now and then one byte overwritten, to reach what only broken files reach.
        if (bytes.length > 0 && data.consumeInt(0, 15) == 1) {
            bytes[data.consumeInt(0, bytes.length - 1)] = data.consumeByte();
        }
        return bytes;
    }

    private Yaml node(Shape shape, int depth) {
        int roll = data.consumeInt(0, 99);
        if (roll < 80 || depth > MAX_DEPTH) {
            return expected(shape, depth);
        } else if (roll < 88) {
            return scalar(data.consumeBoolean() ? TEXT : ID);
        } else if (roll < 94) {
            return expected(data.pickValue(List.of(TEXT, new ListOf(TEXT), PLAN, GUIDELINE)), depth + 1);
        } else if (roll < 97) {
            // An alias to an anchor made so far, or to one that does not exist yet.
            return new Yaml.Verbatim("", "*a" + data.consumeInt(0, anchors));
        } else {
            int n = data.consumeInt(1, 200);
            return new Yaml.Verbatim(props(), "[".repeat(n) + "]".repeat(n));
        }
    }

    private Yaml expected(Shape shape, int depth) {
        return switch (shape) {
            case Value v -> scalar(v);
            case ListOf l -> {
                List<Yaml> items = new ArrayList<>();
                for (int i = data.consumeInt(0, 4); i > 0; i--) {
                    items.add(node(l.item(), depth + 1));
                }
                yield new Yaml.Seq(props(), items, data.consumeInt(0, 3) == 1);
            }
            case Keys k -> mapping(new ArrayList<>(k.keys().keySet()), k.keys()::get, false, depth);
            case Named n -> mapping(n.names(), name -> n.value(), true, depth);
            case Choice c -> data.consumeBoolean() ? expected(c.struct(), depth) : scalar(c.scalar());
            case Later l -> expected(l.get(), depth);
        };
    }

    /** Known keys (all of them, or a few picked when {@code pick}), plus the odd junk or repeated key. */
    private Yaml mapping(List<String> known, java.util.function.Function<String, Shape> valueOf, boolean pick, int depth) {
        List<Yaml.Entry> entries = new ArrayList<>();
        List<String> names = pick ? Stream.generate(() -> data.pickValue(known)).limit(data.consumeInt(0, 3)).toList() : known;
        for (String name : names) {
            int roll = data.consumeInt(0, 19);
            if (roll == 1) {
                continue; // a key left out: missing-key
            }
            entries.add(new Yaml.Entry(key(roll == 2 ? data.pickValue(JUNK_KEYS) : name), node(valueOf.apply(name), depth + 1)));
            if (roll == 3) {
                entries.add(new Yaml.Entry(key(name), node(valueOf.apply(name), depth + 1))); // duplicate key
            }
            if (roll == 4) {
                entries.add(new Yaml.Entry(node(TEXT, depth + 1), node(TEXT, depth + 1))); // a key that is anything
            }
        }
        return new Yaml.Map(props(), entries, data.consumeInt(0, 4) == 1);
    }

    private Yaml key(String name) {
        return new Yaml.Scalar("", name, data.consumeInt(0, 5) == 1 ? Yaml.Style.DOUBLE : Yaml.Style.PLAIN);
    }

    private Yaml scalar(Value v) {
        String value = data.consumeInt(0, 9) == 1 ? data.consumeString(40) : data.pickValue(v.examples());
        // RAW (the text unquoted, whatever it holds) is rare: it mostly makes syntax errors.
        Yaml.Style style = data.consumeInt(0, 24) == 24 ? Yaml.Style.RAW : Yaml.Style.values()[data.consumeInt(0, 4)];
        return new Yaml.Scalar(props(), value, style);
    }

    /** Usually nothing; sometimes an anchor, a tag, or both. */
    private String props() {
        return switch (data.consumeInt(0, 15)) {
            case 1 -> "&a" + anchors++;
            case 2 -> data.pickValue(TAGS);
            case 3 -> "&a" + anchors++ + " " + data.pickValue(TAGS);
            default -> "";
        };
    }

    /** The generator's view of a type of the format description, with the examples of each scalar. */
    private static Shape shape(Type type) {
        return switch (type) {
            case Type.Scalar s -> switch (s) {
                case ID, ITEM_ID -> ID;
                case YEAR -> YEAR;
                case TEXT, MARKDOWN, REASON, PATH -> TEXT;
                case MONEY -> MONEY;
                case MEASURE -> MEASURE;
                case WEIGHT, SCORE -> DECIMAL;
            };
            case Type.Version v -> FORMAT;
            case Type.OneOf o -> new Value(Stream.concat(o.words().stream(), Stream.of("fr", "", "TH")).toList());
            case Type.Ref r -> r.kind().equals(Kind.CHAPTER) ? CHAPTER : REF;
            case Type.ListOf l -> new ListOf(shape(l.item()));
            case Type.Struct s -> {
                var map = new LinkedHashMap<String, Shape>();
                s.keys().forEach(k -> map.put(k.name(), shape(k.type())));
                yield new Keys(map);
            }
            case Type.Dict d -> new Named(d.vocabulary() != null ? d.vocabulary()
                    : d.key() == Type.Scalar.YEAR ? YEAR.examples() : NAMES.examples(), shape(d.value()));
            case Type.Either e -> new Choice((Value) shape(e.scalar()), (Keys) shape(e.struct()));
            case Type.Lazy l -> LATER.computeIfAbsent(l, x -> new Later(() -> shape(x.get())));
        };
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
