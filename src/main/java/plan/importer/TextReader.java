package plan.importer;

import plan.diag.Message;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A .txt or .md file (text copied out of a PDF or a web page) as blocks: every non-blank line is
 * one. Only UTF-8 (with or without BOM) and UTF-16 with BOM (Word's "Unicode text") are read; a
 * guess at any other encoding would put wrong letters into an official plan without a word.
 */
final class TextReader {
    private static final java.util.regex.Pattern ATX_HEADING = java.util.regex.Pattern.compile("^ {0,3}(#{1,6})\\s+(.*?)(?:\\s+#+)?\\s*$");
    private TextReader() {
    }

    /** A Markdown bullet item: its indent, its marker, its text. */
    private static final java.util.regex.Pattern BULLET_ITEM = java.util.regex.Pattern.compile("^([ \t]*)([-*+])[ \t]+(\\S.*)$");
    /** An indented line, which in Markdown carries on the list item above it. */
    private static final java.util.regex.Pattern CONTINUATION = java.util.regex.Pattern.compile("^[ \t]+\\S.*$");

    static SourceDocument read(String name, byte[] bytes) throws ImportFailure {
        String text = decode(bytes);
        List<Block> blocks = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        boolean markdown = name.toLowerCase(java.util.Locale.ROOT).endsWith(".md");
        for (int i = 0; i < lines.length; i++) {
            if (WhiteSpace.isBlank(lines[i])) {
                continue;
            }
            if (PipeTable.isRow(lines[i])) { // "| ที่ | โครงการ | งบประมาณ |": a table, read as one
                int start = i;
                List<String> rows = new ArrayList<>();
                while (i < lines.length && PipeTable.isRow(lines[i])) {
                    rows.add(lines[i++]);
                }
                i--;
                if (rows.size() >= 2) {
                    blocks.add(Block.table(PipeTable.cells(rows), start + 1));
                    continue;
                }
                i = start;
            }
            java.util.regex.Matcher atx = ATX_HEADING.matcher(lines[i]);
            java.util.regex.Matcher bullet = BULLET_ITEM.matcher(lines[i]);
            if (markdown && atx.matches()) { // "## พันธกิจ": a heading, as a Word heading style is
                blocks.add(new Block(atx.group(2), atx.group(1).length(), null, false, i + 1));
            } else if (markdown && bullet.matches()) {
                // "- item": a Markdown list stays one, as Word's bullets do; indented lines under it are its own
                StringBuilder item = new StringBuilder(bullet.group(3));
                int start = i;
                while (i + 1 < lines.length && CONTINUATION.matcher(lines[i + 1]).matches()
                        && !BULLET_ITEM.matcher(lines[i + 1]).matches() && TypedNumber.of(WhiteSpace.strip(lines[i + 1])) == null) {
                    item.append('\n').append(lines[++i]);
                }
                int level = Math.min(8, bullet.group(1).replace("\t", "    ").length() / 2);
                blocks.add(new Block(item.toString(), -1, new Block.WordList(level, "bullet"), false, start + 1));
            } else {
                blocks.add(Block.paragraph(lines[i], i + 1));
            }
        }
        if (blocks.isEmpty()) {
            throw new ImportFailure(Message.of("import.no-text"));
        }
        return new SourceDocument(name, blocks, true);
    }

    private static String decode(byte[] bytes) throws ImportFailure {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16");
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new ImportFailure(Message.of("import.binary"));
            }
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw new ImportFailure(Message.of(looksLikeTis620(bytes) ? "import.tis620" : "import.not-utf8"));
        }
    }

    /**
     * Text decoded with nothing replaced: a lone surrogate in UTF-16 (or an odd last byte) is
     * refused with its place, as bad UTF-8 is, never turned into U+FFFD without a word.
     */
    private static String strict(byte[] bytes, int from, java.nio.charset.Charset charset, String name) throws ImportFailure {
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length);
        java.nio.charset.CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        java.nio.charset.CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        if (r.isError()) {
            String before = out.flip().toString();
            long line = before.chars().filter(c -> c == '\n').count() + 1;
            int column = before.length() - before.lastIndexOf('\n');
            throw new ImportFailure(Message.of("import.bad-encoding", name, String.valueOf(line), String.valueOf(column), String.valueOf(from + in.position())));
        }
        return out.flip().toString();
    }

    /** TIS-620 puts Thai letters at 0xA1-0xFB; most bytes above 0x7F of a Thai text fall there. */
    private static boolean looksLikeTis620(byte[] bytes) {
        int high = 0;
        int thai = 0;
        for (byte b : bytes) {
            int v = b & 0xFF;
            if (v >= 0x80) {
                high++;
                if (v >= 0xA1 && v <= 0xFB) {
                    thai++;
                }
            }
        }
        return high > 0 && thai * 10 >= high * 9;
    }
}
