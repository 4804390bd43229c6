package plan.workspace;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import plan.diag.Diagnostic;
import plan.diag.Message;
import plan.diag.Severity;
import plan.diag.Source;
import plan.model.Money;
import plan.model.Span;
import plan.model.Text;
import plan.model.Value;
import plan.model.Year;

/**
 * A file's own check result as bytes for a {@link CheckMemo}: its text (for excerpts and render
 * keys), its bound tree (the typed plan or framework is a view of it, made again on reading) and
 * its findings before any policy. Strings
 * are written once and then referred to by number: every span names the same file. A result
 * holding something this codec does not know (a message argument of a new type) is not
 * remembered, so nothing comes back different from what the check said.
 */
final class CheckedCodec {
    private static final int VERSION = 1;
    private static final int NULL = 0;
    private static final int TEXT = 1;
    private static final int YEAR = 2;
    private static final int MONEY = 3;
    private static final int MAPPING = 4;
    private static final int SEQUENCE = 5;
    private static final int STRING = 6;
    private static final int INTEGER = 7;
    private static final int LONG = 8;
    private static final int MESSAGE = 9;
    private static final int SPAN = 10;
    private static final int DECIMAL = 11;

    /** The tree and findings read back. */
    record Result(Value.Mapping tree, List<Diagnostic> found, Source source) {
    }

    private CheckedCodec() {
    }

    /** The bytes of a result, or null when it holds what cannot be written exactly. */
    static byte[] encode(Value.Mapping tree, List<Diagnostic> found, Source source) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        Writer w = new Writer(new DataOutputStream(bytes));
        try {
            w.out.writeInt(VERSION);
            w.string(source.path());
            w.out.writeInt(source.lines().size());
            for (String line : source.lines()) {
                w.string(line);
            }
            w.value(tree);
            w.out.writeInt(found.size());
            for (Diagnostic d : found) {
                w.diagnostic(d);
            }
            w.out.flush();
        } catch (Unknown e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array never fails
        }
        return bytes.toByteArray();
    }

    /** The result in {@code bytes}, or null when they are not one (another version, damaged). */
    static Result decode(byte[] bytes) {
        Reader r = new Reader(new DataInputStream(new ByteArrayInputStream(bytes)));
        try {
            if (r.in.readInt() != VERSION) {
                return null;
            }
            String path = r.string();
            int lineCount = r.in.readInt();
            List<String> lines = new ArrayList<>(Math.max(0, Math.min(lineCount, 1_000_000)));
            for (int i = 0; i < lineCount; i++) {
                lines.add(r.string());
            }
            if (!(r.value() instanceof Value.Mapping tree)) {
                return null;
            }
            int count = r.in.readInt();
            List<Diagnostic> found = new ArrayList<>(Math.max(0, Math.min(count, 10_000)));
            for (int i = 0; i < count; i++) {
                found.add(r.diagnostic());
            }
            return r.in.available() == 0 ? new Result(tree, found, new Source(path, lines)) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** A value this codec does not write. */
    private static final class Unknown extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unknown() {
            super(null, null, false, false);
        }
    }

    private static final class Writer {
        final DataOutputStream out;
        private final Map<String, Integer> strings = new HashMap<>();

        Writer(DataOutputStream out) {
            this.out = out;
        }

        void string(String s) throws IOException {
            if (s == null) {
                out.writeInt(-1);
                return;
            }
            Integer known = strings.get(s);
            if (known != null) {
                out.writeInt(known);
                return;
            }
            out.writeInt(strings.size());
            strings.put(s, strings.size());
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(utf8.length);
            out.write(utf8);
        }

        void span(Span s) throws IOException {
            string(s.file());
            out.writeInt(s.line());
            out.writeInt(s.column());
        }

        void value(Value v) throws IOException {
            switch (v) {
                case null -> out.writeByte(NULL);
                case Text t -> {
                    out.writeByte(TEXT);
                    string(t.value());
                    span(t.span());
                }
                case Year y -> {
                    out.writeByte(YEAR);
                    out.writeInt(y.value());
                    span(y.span());
                }
                case Money m -> {
                    out.writeByte(MONEY);
                    string(m.amount().toString());
                    span(m.span());
                }
                case Value.Mapping m -> {
                    out.writeByte(MAPPING);
                    out.writeInt(m.entries().size());
                    for (Value.Entry e : m.entries()) {
                        value(e.key());
                        value(e.value());
                        span(e.at());
                    }
                    span(m.span());
                }
                case Value.Sequence s -> {
                    out.writeByte(SEQUENCE);
                    out.writeInt(s.items().size());
                    for (Value item : s.items()) {
                        value(item);
                    }
                    span(s.span());
                }
            }
        }

        void diagnostic(Diagnostic d) throws IOException {
            string(d.file());
            out.writeInt(d.line());
            out.writeInt(d.column());
            out.writeByte(d.severity().ordinal());
            string(d.rule());
            message(d.message());
            message(d.hint());
            string(d.waiver());
        }

        void message(Message m) throws IOException {
            if (m == null) {
                out.writeBoolean(false);
                return;
            }
            out.writeBoolean(true);
            string(m.key());
            out.writeInt(m.args().size());
            for (Object a : m.args()) {
                argument(a);
            }
        }

        void argument(Object a) throws IOException {
            switch (a) {
                case String s -> {
                    out.writeByte(STRING);
                    string(s);
                }
                case Integer i -> {
                    out.writeByte(INTEGER);
                    out.writeInt(i);
                }
                case Long l -> {
                    out.writeByte(LONG);
                    out.writeLong(l);
                }
                case BigDecimal b -> {
                    out.writeByte(DECIMAL);
                    string(b.toString());
                }
                case Message m -> {
                    out.writeByte(MESSAGE);
                    message(m);
                }
                case Span s -> {
                    out.writeByte(SPAN);
                    span(s);
                }
                case Value v -> value(v);
                default -> throw new Unknown();
            }
        }
    }

    private static final class Reader {
        final DataInputStream in;
        private final List<String> strings = new ArrayList<>();

        Reader(DataInputStream in) {
            this.in = in;
        }

        String string() throws IOException {
            int n = in.readInt();
            if (n < 0) {
                return null;
            }
            if (n < strings.size()) {
                return strings.get(n);
            }
            if (n != strings.size()) {
                throw new IOException("string out of order");
            }
            String s = new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
            strings.add(s);
            return s;
        }

        Span span() throws IOException {
            String file = string();
            int line = in.readInt();
            int column = in.readInt();
            return file == null && line == 0 && column == 0 ? Span.NONE : new Span(file, line, column);
        }

        Value value() throws IOException {
            return value(in.readByte());
        }

        private Value value(int tag) throws IOException {
            return switch (tag) {
                case NULL -> null;
                case TEXT -> new Text(string(), span());
                case YEAR -> new Year(in.readInt(), span());
                case MONEY -> new Money(new BigDecimal(string()), span());
                case MAPPING -> {
                    int n = in.readInt();
                    List<Value.Entry> entries = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        entries.add(new Value.Entry((Text) value(), value(), span()));
                    }
                    yield new Value.Mapping(entries, span());
                }
                case SEQUENCE -> {
                    int n = in.readInt();
                    List<Value> items = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        items.add(value());
                    }
                    yield new Value.Sequence(items, span());
                }
                default -> throw new IOException("unknown value " + tag);
            };
        }

        Diagnostic diagnostic() throws IOException {
            String file = string();
            int line = in.readInt();
            int column = in.readInt();
            Severity severity = Severity.values()[in.readByte()];
            return new Diagnostic(file, line, column, severity, string(), message(), message(), string());
        }

        Message message() throws IOException {
            if (!in.readBoolean()) {
                return null;
            }
            String key = string();
            int n = in.readInt();
            List<Object> args = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                args.add(argument());
            }
            return new Message(key, args);
        }

        Object argument() throws IOException {
            int tag = in.readByte();
            return switch (tag) {
                case STRING -> string();
                case INTEGER -> in.readInt();
                case LONG -> in.readLong();
                case DECIMAL -> new BigDecimal(string());
                case MESSAGE -> message();
                case SPAN -> span();
                default -> value(tag);
            };
        }
    }
}
