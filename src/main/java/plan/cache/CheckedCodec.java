package plan.cache;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import plan.diag.Diagnostic;
import plan.diag.Message;
import plan.diag.Severity;
import plan.diag.Source;
import plan.format.Alignments;
import plan.format.Item;
import plan.format.Kind;
import plan.model.Money;
import plan.model.Span;
import plan.model.Text;
import plan.model.Value;
import plan.model.Waiver;
import plan.model.Year;
import plan.workspace.CrossFileFacts;
import plan.workspace.ResultMemory.Body;
import plan.workspace.ResultMemory.Head;

/**
 * A file's own check result as bytes for a {@link CheckMemo}: a {@link Head} with what the rules
 * across files need ({@link CrossFileFacts}), its findings before any policy and the lines they
 * point at, read on every run; a {@link Body} with its text (for excerpts and render keys) and
 * bound tree (the typed plan or framework is a view of it, made again on reading), read only when
 * the model is wanted. Strings
 * are written once and then referred to by number: every span names the same file. A result
 * holding something this codec does not know (a message argument of a new type) is not
 * remembered, so nothing comes back different from what the check said.
 */
final class CheckedCodec {
    /** Read first in every result: one of another version reads as none (package-visible for the tests of its packs). */
    static final int VERSION = 5;
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

    private CheckedCodec() {
    }

    /**
     * The bytes of a result, or null when it holds what cannot be written exactly: the version, the
     * length of the head, the head (facts, findings), the body (text, tree). Each part has its own
     * table of strings, so the head is read without the body.
     */
    static byte[] encode(Value.Mapping tree, List<Diagnostic> found, Source source, CrossFileFacts facts) {
        try {
            ByteArrayOutputStream head = new ByteArrayOutputStream(1024);
            Writer h = new Writer(new DataOutputStream(head));
            h.facts(facts);
            h.shown(found, source);
            h.out.flush();
            ByteArrayOutputStream all = new ByteArrayOutputStream(16 * 1024);
            DataOutputStream out = new DataOutputStream(all);
            out.writeInt(VERSION);
            out.writeInt(head.size());
            head.writeTo(out);
            Writer b = new Writer(out);
            b.string(source.path());
            out.writeInt(source.lines().size());
            for (String line : source.lines()) {
                b.string(line);
            }
            b.value(tree);
            out.flush();
            return all.toByteArray();
        } catch (Unknown e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array never fails
        }
    }

    /** The head in {@code bytes}, or null when they are not a result (another version, damaged). */
    static Head decodeHead(byte[] bytes) {
        try {
            int length = headLength(bytes);
            if (length < 0) {
                return null;
            }
            Reader r = new Reader(new Bytes(bytes, 8, length));
            CrossFileFacts facts = r.facts();
            FindingsCodec.Shown shown = r.shown();
            return r.in.available() == 0 ? new Head(facts, shown.found(), shown.source()) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The bytes of findings with the lines they point at (see {@link FindingsCodec}). */
    static byte[] encodeShown(List<Diagnostic> found, Source source) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
            Writer w = new Writer(new DataOutputStream(bytes));
            w.out.writeInt(VERSION);
            w.shown(found, source);
            w.out.flush();
            return bytes.toByteArray();
        } catch (Unknown e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array never fails
        }
    }

    /** What {@link #encodeShown} wrote, or null when {@code bytes} are damaged or of another version. */
    static FindingsCodec.Shown decodeShown(byte[] bytes) {
        try {
            Reader r = new Reader(new Bytes(bytes, 0, bytes.length));
            if (r.in.readInt() != VERSION) {
                return null;
            }
            FindingsCodec.Shown shown = r.shown();
            return r.in.available() == 0 ? shown : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * How many bytes from the start of a result hold its head (the body follows), or -1 when
     * {@code start}, the first bytes of a result, is too short to tell or not of this version.
     */
    static int headEnd(byte[] start) {
        if (start.length < 8) {
            return -1;
        }
        int version = ((start[0] & 0xff) << 24) | ((start[1] & 0xff) << 16) | ((start[2] & 0xff) << 8) | (start[3] & 0xff);
        int length = ((start[4] & 0xff) << 24) | ((start[5] & 0xff) << 16) | ((start[6] & 0xff) << 8) | (start[7] & 0xff);
        return version != VERSION || length < 0 ? -1 : 8 + length;
    }

    /**
     * The length of the head that follows the version and the length themselves (8 bytes), or -1
     * when {@code bytes} are of another version or too short for the head they announce.
     */
    private static int headLength(byte[] bytes) throws IOException {
        Bytes in = new Bytes(bytes, 0, bytes.length);
        if (in.readInt() != VERSION) {
            return -1;
        }
        int length = in.readInt();
        return length < 0 || length > bytes.length - 8 ? -1 : length;
    }

    /** The body in {@code bytes}, or null when they are not a result. */
    static Body decodeBody(byte[] bytes) {
        try {
            int length = headLength(bytes);
            if (length < 0) {
                return null;
            }
            Reader r = new Reader(new Bytes(bytes, 8 + length, bytes.length - 8 - length));
            String path = r.string();
            int lineCount = r.in.readInt();
            List<String> lines = new ArrayList<>(Math.max(0, Math.min(lineCount, 1_000_000)));
            for (int i = 0; i < lineCount; i++) {
                lines.add(r.string());
            }
            if (!(r.value() instanceof Value.Mapping tree)) {
                return null;
            }
            return r.in.available() == 0 ? new Body(new Source(path, lines), tree) : null;
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

        void facts(CrossFileFacts f) throws IOException {
            value(f.id());
            string(f.kind() == null ? null : f.kind().name());
            out.writeInt(f.items().size());
            for (Map.Entry<String, Kind> e : f.items().entrySet()) {
                string(e.getKey());
                string(e.getValue().name());
            }
            out.writeInt(f.waivers().size());
            for (Waiver w : f.waivers()) {
                value(w.rule());
                value(w.reason());
            }
            string(f.digits());
            string(f.logo());
            string(f.logoLook());
            Alignments a = f.alignments();
            out.writeBoolean(a != null);
            if (a == null) {
                return;
            }
            out.writeInt(a.frameworks().size());
            for (Text t : a.frameworks()) {
                value(t);
            }
            value(a.parent());
            out.writeInt(a.items().size());
            for (Item i : a.items()) {
                item(i);
            }
            out.writeInt(a.aligns().size());
            for (Map.Entry<Item, List<Text>> e : a.aligns().entrySet()) {
                item(e.getKey());
                out.writeInt(e.getValue().size());
                for (Text t : e.getValue()) {
                    value(t);
                }
            }
            value(a.base());
        }

        void item(Item i) throws IOException {
            string(i.kind().name());
            value(i.id());
        }

        /** The findings, then the lines they point at, so that printing them needs no body. */
        void shown(List<Diagnostic> found, Source source) throws IOException {
            out.writeInt(found.size());
            for (Diagnostic d : found) {
                diagnostic(d);
            }
            java.util.SortedSet<Integer> lines = new java.util.TreeSet<>();
            found.forEach(d -> lines.add(d.line()));
            lines.removeIf(n -> source.line(n) == null);
            string(source.path());
            out.writeInt(source.lines().size());
            out.writeInt(lines.size());
            for (int n : lines) {
                out.writeInt(n);
                string(source.line(n));
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

    /**
     * Reads from a stretch of a byte array as {@link java.io.DataInputStream} reads (big-endian),
     * without a stream's lock taken for every byte: a rebuild decodes the heads of a thousand plans.
     * Reading past the end is an {@link EOFException}: a result cut short is not one.
     */
    static final class Bytes {
        private final byte[] bytes;
        private final int end;
        private int at;

        Bytes(byte[] bytes, int from, int length) {
            java.util.Objects.checkFromIndexSize(from, length, bytes.length);
            this.bytes = bytes;
            this.at = from;
            this.end = from + length;
        }

        private int take(int n) throws EOFException {
            if (n < 0 || n > end - at) {
                throw new EOFException();
            }
            int start = at;
            at += n;
            return start;
        }

        byte readByte() throws EOFException {
            return bytes[take(1)];
        }

        boolean readBoolean() throws EOFException {
            return readByte() != 0;
        }

        int readInt() throws EOFException {
            int i = take(4);
            return ((bytes[i] & 0xff) << 24) | ((bytes[i + 1] & 0xff) << 16) | ((bytes[i + 2] & 0xff) << 8) | (bytes[i + 3] & 0xff);
        }

        long readLong() throws EOFException {
            return ((long) readInt() << 32) | (readInt() & 0xffffffffL);
        }

        /** What is left to read. */
        int available() {
            return end - at;
        }
    }

    private static final class Reader {
        final Bytes in;
        private final List<String> strings = new ArrayList<>();

        Reader(Bytes in) {
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
            int length = in.readInt();
            int start = in.take(length);
            String s = new String(in.bytes, start, length, StandardCharsets.UTF_8);
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

        CrossFileFacts facts() throws IOException {
            Text id = (Text) value();
            String kind = string();
            int n = in.readInt();
            Map<String, Kind> items = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                items.put(string(), new Kind(string()));
            }
            int w = in.readInt();
            List<Waiver> waivers = new ArrayList<>(Math.max(0, Math.min(w, 10_000)));
            for (int i = 0; i < w; i++) {
                waivers.add(new Waiver((Text) value(), (Text) value()));
            }
            String digits = string();
            String logo = string();
            String logoLook = string();
            Alignments alignments = null;
            if (in.readBoolean()) {
                int f = in.readInt();
                List<Text> frameworks = new ArrayList<>(f);
                for (int i = 0; i < f; i++) {
                    frameworks.add((Text) value());
                }
                Text parent = (Text) value();
                int m = in.readInt();
                List<Item> all = new ArrayList<>(m);
                for (int i = 0; i < m; i++) {
                    all.add(item());
                }
                int k = in.readInt();
                Map<Item, List<Text>> aligns = new LinkedHashMap<>();
                for (int i = 0; i < k; i++) {
                    Item owner = item();
                    int refs = in.readInt();
                    List<Text> list = new ArrayList<>(refs);
                    for (int j = 0; j < refs; j++) {
                        list.add((Text) value());
                    }
                    aligns.put(owner, list);
                }
                alignments = new Alignments(frameworks, parent, all, aligns, (Text) value());
            }
            return new CrossFileFacts(id, kind == null ? null : new Kind(kind), items, alignments, waivers, digits, logo, logoLook);
        }

        Item item() throws IOException {
            return new Item(new Kind(string()), (Text) value());
        }

        FindingsCodec.Shown shown() throws IOException {
            int count = in.readInt();
            List<Diagnostic> found = new ArrayList<>(Math.max(0, Math.min(count, 10_000)));
            for (int i = 0; i < count; i++) {
                found.add(diagnostic());
            }
            String path = string();
            int lineCount = in.readInt();
            int shown = in.readInt();
            String[] lines = new String[Math.max(0, Math.min(lineCount, 1_000_000))];
            java.util.Arrays.fill(lines, "");
            for (int i = 0; i < shown; i++) {
                int n = in.readInt();
                lines[n - 1] = string();
            }
            return new FindingsCodec.Shown(found, new Source(path, List.of(lines)));
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
