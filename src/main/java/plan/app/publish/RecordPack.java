package plan.app.publish;

import java.io.ByteArrayOutputStream;
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
 * <p>As written: the header line, then for each id, in order, a line "ID-BYTES RECORD-BYTES" and
 * then the id and its record's text, in UTF-8. A pack that is not whole reads as none: every plan
 * renders again, and no document is removed (which are this tool's is not known).
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
        byte[] header = HEADER.getBytes(StandardCharsets.US_ASCII);
        if (!java.util.Arrays.equals(bytes, 0, Math.min(bytes.length, header.length), header, 0, header.length)) {
            return Map.of();
        }
        Map<String, String> records = new HashMap<>();
        int at = header.length;
        try {
            while (at < bytes.length) {
                int space = indexOf(bytes, (byte) ' ', at);
                int end = space < 0 ? -1 : indexOf(bytes, (byte) '\n', space);
                if (end < 0) {
                    return Map.of();
                }
                int idLength = Integer.parseInt(new String(bytes, at, space - at, StandardCharsets.US_ASCII));
                int recordLength = Integer.parseInt(new String(bytes, space + 1, end - space - 1, StandardCharsets.US_ASCII));
                int start = end + 1;
                if (idLength <= 0 || recordLength < 0 || (long) start + idLength + recordLength > bytes.length) {
                    return Map.of();
                }
                records.put(utf8(bytes, start, idLength), utf8(bytes, start + idLength, recordLength));
                at = start + idLength + recordLength;
            }
        } catch (NumberFormatException | CharacterCodingException e) {
            return Map.of();
        }
        return records;
    }

    /** The pack of {@code records} (each id's record text), as written. */
    static byte[] encode(Map<String, String> records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(HEADER.getBytes(StandardCharsets.US_ASCII));
        new TreeMap<>(records).forEach((id, text) -> {
            byte[] idBytes = id.getBytes(StandardCharsets.UTF_8);
            byte[] textBytes = text.getBytes(StandardCharsets.UTF_8);
            out.writeBytes((idBytes.length + " " + textBytes.length + "\n").getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(idBytes);
            out.writeBytes(textBytes);
        });
        return out.toByteArray();
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

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** Malformed bytes make the pack unreadable, not a record with U+FFFD in it. */
    private static String utf8(byte[] bytes, int start, int length) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, start, length)).toString();
    }
}
