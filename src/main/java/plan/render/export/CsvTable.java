package plan.render.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A table as CSV for spreadsheets (RFC 4180): a header row, then one row each; a field with a
 * comma, a quote or a line break is quoted, its quotes doubled; lines end in CRLF. The bytes are
 * UTF-8 after a byte order mark, without which Excel on Windows reads Thai as another code page.
 * A text that would start a formula is kept a text (see {@link #field}).
 */
final class CsvTable {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    CsvTable(List<String> header) {
        this.header = List.copyOf(header);
    }

    /** Adds a row of as many fields as the header has; a null field is empty. */
    CsvTable row(Object... fields) {
        if (fields.length != header.size()) {
            throw new IllegalArgumentException(fields.length + " fields for " + header.size() + " columns");
        }
        List<String> row = new ArrayList<>(fields.length);
        for (Object f : fields) {
            row.add(f == null ? "" : f.toString());
        }
        rows.add(row);
        return this;
    }

    byte[] bytes() {
        StringBuilder out = new StringBuilder(256 + rows.size() * 128);
        line(out, header);
        rows.forEach(r -> line(out, r));
        byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(text, 0, all, BOM.length, text.length);
        return all;
    }

    private static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
    }

    /**
     * A field as written, quoted where it must be. A text a spreadsheet would run as a formula
     * (starting with = + - @, a tab or a carriage return, and not a number) is written after an
     * apostrophe, so that a spreadsheet opening the file shows it instead of running it.
     */
    static String field(String value) {
        String s = value;
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !s.matches("-?\\d+(\\.\\d+)?")) {
            s = "'" + s;
        }
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
