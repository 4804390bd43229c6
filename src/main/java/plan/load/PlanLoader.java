package plan.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import plan.diag.Findings;
import plan.diag.Message;
import plan.diag.Rule;
import plan.diag.Source;

/**
 * Reads one plan file into YAML nodes. Every way a file can be unreadable becomes a
 * {@code yaml-syntax} finding at the best position known; nothing here throws for bad input.
 */
public final class PlanLoader {
    private final Limits limits;

    public PlanLoader(Limits limits) {
        this.limits = limits;
    }

    public Loaded load(Path path, Findings findings) {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            // Read one byte past the limit: enough to know the file is too big, never more.
            bytes = in.readNBytes(limits.maxBytes() + 1);
        } catch (IOException e) {
            findings.report(Rule.YAML_SYNTAX, 1, 1, Message.of("load.unreadable", String.valueOf(e.getMessage())));
            return new Loaded(new Source(findings.file(), List.of()), null);
        }
        return load(bytes, findings);
    }

    public Loaded load(byte[] bytes, Findings findings) {
        Source empty = new Source(findings.file(), List.of());
        if (bytes.length > limits.maxBytes()) {
            findings.report(Rule.YAML_SYNTAX, 1, 1, Message.of("load.too-big", limits.maxBytes() / 1024));
            return new Loaded(empty, null);
        }
        int start = hasBom(bytes) ? 3 : 0;
        // The String constructor decodes with the JVM's fast path and writes U+FFFD for what is not
        // UTF-8: without one, the strict decoder would give the same text; with one (written, or
        // standing for bad bytes), the strict decoder tells which.
        String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        try {
            if (text.indexOf('\uFFFD') >= 0) {
                text = strictUtf8().decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
            }
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(bytes, start);
            int[] at = position(bytes, start, bad);
            findings.report(Rule.YAML_SYNTAX, at[0], at[1], Message.of("load.not-utf8", String.format("0x%02X", bytes[bad] & 0xff)),
                    Message.of("load.not-utf8.hint"));
            return new Loaded(empty, null);
        }
        Source source = Source.of(findings.file(), text);
        if (!controlCharactersAbsent(text, findings)) {
            return new Loaded(source, null);
        }
        return new Loaded(source, compose(text, findings));
    }

    private Node compose(String text, Findings findings) {
        YamlMistakes mistakes = new YamlMistakes(text);
        Node root;
        try {
            Iterator<Node> documents = yaml.get().composeAll(new StringReader(text)).iterator();
            if (!documents.hasNext()) {
                return null;
            }
            root = documents.next();
            if (documents.hasNext()) {
                Node second = documents.next();
                Mark m = second == null ? null : second.getStartMark();
                findings.report(Rule.YAML_SYNTAX, line(m), column(m),
                        Message.of("load.many-documents"), Message.of("load.many-documents.hint"));
                return null;
            }
        } catch (MarkedYAMLException e) {
            mistakes.reportSyntax(e, findings);
            return null;
        } catch (YAMLException e) {
            // Limits without a position: aliases, nesting depth, size.
            findings.report(Rule.YAML_SYNTAX, 1, 1, Message.of("load.yaml", firstLine(e.getMessage())),
                    Message.of("load.limit.hint"));
            return null;
        } catch (IllegalArgumentException e) {
            // SnakeYAML refuses a tag whose %-escapes decode to spaces (`!%20`, `!%B`) with this
            // instead of a YAMLException, and without a position.
            findings.report(Rule.YAML_SYNTAX, 1, 1, Message.of("load.yaml", firstLine(e.getMessage())),
                    Message.of("load.tag.hint"));
            return null;
        } catch (StackOverflowError e) {
            findings.report(Rule.YAML_SYNTAX, 1, 1, Message.of("load.yaml", "nesting too deep"), Message.of("load.limit.hint"));
            return null;
        }
        // Outside the try: a bug of ours in the audit must not pass for a YAML problem.
        return root == null || new NodeAudit(limits, findings).accepts(root) && mistakes.accepts(root, findings) ? root : null;
    }

    private static int line(Mark m) {
        return m == null ? 1 : m.getLine() + 1;
    }

    private static int column(Mark m) {
        return m == null ? 1 : m.getColumn() + 1;
    }

    /** One parser set-up a thread (not one a file: it was a tenth of loading a plan); each file is composed anew. */
    private final ThreadLocal<Yaml> yaml = ThreadLocal.withInitial(this::newYaml);

    private Yaml newYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(limits.maxAliases());
        options.setNestingDepthLimit(limits.maxDepth());
        options.setCodePointLimit(limits.maxBytes());
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        return new Yaml(options);
    }

    /** YAML forbids most C0 controls; naming the character and its place beats SnakeYAML's wording. */
    private static boolean controlCharactersAbsent(String text, Findings findings) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); ) {
            if (ControlCharacters.isPlain(text.charAt(i))) {
                column++;
                i++;
                continue;
            }
            int c = text.codePointAt(i);
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                if (ControlCharacters.forbiddenInFile(c)) {
                    findings.report(Rule.YAML_SYNTAX, line, column, Message.of("load.control", String.format("U+%04X", c)),
                            Message.of("load.control.hint"));
                    return false;
                }
                column++;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
    }

    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * Index of the first byte of the first malformed sequence: where the decoder stops, not the
     * byte after it (TIS-620 Thai such as 0xE0 0x41 starts a three-byte UTF-8 sequence).
     */
    private static int firstInvalidUtf8(byte[] bytes, int start) {
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CoderResult result = strictUtf8().decode(in, CharBuffer.allocate(bytes.length - start + 1), true);
        return result.isError() ? in.position() : bytes.length - 1;
    }

    /** 1-based line and column (in code points) of a byte offset. */
    private static int[] position(byte[] bytes, int start, int offset) {
        int line = 1;
        int column = 1;
        for (int i = start; i < offset; i++) {
            int b = bytes[i] & 0xff;
            if (b == '\n') {
                line++;
                column = 1;
            } else if ((b & 0xC0) != 0x80) {
                column++;
            }
        }
        return new int[] {line, column};
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
