package plan.app.publish;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The build's records ({@link CacheRecord}, one for each plan, report and roll-up published), all
 * in one file of the state folder ({@link #NAME}): a rebuild of a thousand plans with a results
 * file each reads one file instead of two thousand. Written whole (a temporary file renamed into
 * place) after the documents are in place, so that it is never newer than they are.
 *
 * <p>As written, in UTF-8: the header line, then for each id, in order, a line "ID-LENGTH
 * RECORD-LENGTH" and then the id and its record's text (lengths in UTF-16 units, as Java counts a
 * string's: the pack is decoded whole, then cut). A pack that is not whole reads as none: every
 * plan renders again, and no document is removed (which are this tool's is not known).
 *
 * <p>Earlier versions kept one file per id ({@code STATE/ID}): read when there is no pack yet,
 * and removed once the pack is written.
 */
public final class RecordPack {
    /** In the state folder; an id starts with a letter, so no id has this name. */
    static final String NAME = ".records";
    private static final String HEADER = "plan-records 1\n";

    private RecordPack() {
    }

    /**
     * The text of each id's record as the last build into the state folder {@code state} wrote
     * it, by id; empty when there is none or it is damaged.
     */
    public static Map<String, String> read(Path state) {
        Path file = state.resolve(NAME);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return legacy(state);
        }
        try (java.io.InputStream in = new java.io.FileInputStream(file.toFile())) {
            return parse(in.readAllBytes());
        } catch (IOException e) {
            return Map.of();
        }
    }

    /** The records in {@code bytes} (a pack's content), or none when they are not a whole pack. */
    static Map<String, String> parse(byte[] bytes) {
        String text;
        try {
            // Malformed bytes make the pack unreadable, not a record with U+FFFD in it.
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return Map.of();
        }
        if (!text.startsWith(HEADER)) {
            return Map.of();
        }
        Map<String, String> records = new HashMap<>();
        int at = HEADER.length();
        while (at < text.length()) {
            int space = text.indexOf(' ', at);
            int end = space < 0 ? -1 : text.indexOf('\n', space);
            int idLength = end < 0 ? -1 : number(text, at, space);
            int recordLength = end < 0 ? -1 : number(text, space + 1, end);
            int start = end + 1;
            if (idLength <= 0 || recordLength < 0 || (long) start + idLength + recordLength > text.length()) {
                return Map.of();
            }
            records.put(text.substring(start, start + idLength), text.substring(start + idLength, start + idLength + recordLength));
            at = start + idLength + recordLength;
        }
        return records;
    }

    /** The decimal number text[from, to) as written by {@link #encode}, or -1. */
    private static int number(String text, int from, int to) {
        if (to <= from || to - from > 9) {
            return -1;
        }
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** The pack of {@code records} (each id's record text), as written. */
    static byte[] encode(Map<String, String> records) {
        StringBuilder out = new StringBuilder(HEADER);
        new TreeMap<>(records).forEach((id, text) -> out.append(id.length()).append(' ').append(text.length()).append('\n')
                .append(id).append(text));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The record files of an earlier version ({@code STATE/ID}), by id: read once, when no pack is there yet. */
    private static Map<String, String> legacy(Path state) {
        Map<String, String> records = new HashMap<>();
        for (Path file : legacyFiles(state)) {
            try {
                records.put(file.getFileName().toString(), Files.readString(file));
            } catch (IOException e) {
                // Unreadable (or not text): that plan renders again.
            }
        }
        return records;
    }

    /** The record files of an earlier version in {@code state}: regular files whose names do not start with a dot. */
    static List<Path> legacyFiles(Path state) {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(state, LinkOption.NOFOLLOW_LINKS)) {
            return files;
        }
        try (DirectoryStream<Path> list = Files.newDirectoryStream(state)) {
            for (Path file : list) {
                if (!file.getFileName().toString().startsWith(".") && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    files.add(file);
                }
            }
        } catch (IOException e) {
            // Left for the next build.
        }
        return files;
    }
}
