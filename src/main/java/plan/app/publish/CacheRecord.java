package plan.app.publish;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

import plan.render.site.Documents;

/**
 * What the build's record {@code STATE/ID} says of a plan's published documents: the key they
 * were made under, the plan's row of the site index beside it (so a later build whose key is the
 * same makes the index without the plan's model) and, for each document, its checksum and how
 * the file looked once in place (size, modification time, file identity). A later build skips the plan only when the key is the same and every
 * document is still a regular file with that checksum: a publish that stopped half-way, a
 * document edited or replaced by a symbolic link, all make the plan render again. A document that
 * looks as it did when published is taken as unchanged without being read (as make and git do);
 * any other is read and checked.
 *
 * <p>The checksum is CRC-32C and CRC-32 of the bytes, with their count. It only has to notice a
 * document changed or replaced since this tool published it, which a pair of independent CRCs
 * does as surely as any hash for edits made by people and programs (no one gains by forging an
 * output to look unchanged: the plan would only not be rendered again). Both CRCs are intrinsics
 * of the JVM at every compiler tier, where SHA-256 ran as plain Java under the quick compiler at
 * about 150 MB/s: 1.5 ms of CPU a plan for its 300 KB of documents.
 */
record CacheRecord(String key, Map<String, String> hashes, Map<String, String> looks, List<String> row) {
    /** Version 3: checksums instead of SHA-256; an older record reads as absent (the plan renders again). */
    private static final String HEADER = "plan-cache 3";

    CacheRecord {
        hashes = Map.copyOf(hashes);
        looks = Map.copyOf(looks);
        row = List.copyOf(row);
    }

    /** @param row the plan's row of the site index as strings (none null), or none */
    static CacheRecord of(String key, Documents documents, List<String> row) {
        Map<String, String> hashes = new TreeMap<>();
        for (String name : documents.names()) {
            Checksum sum = new Checksum();
            byte[] bytes = documents.bytes(name);
            sum.update(bytes, bytes.length);
            hashes.put(name, sum.text());
        }
        return new CacheRecord(key, hashes, Map.of(), row);
    }

    /** This record with how each document looks now that it is in place under {@code root}. */
    CacheRecord placed(Path root) {
        Map<String, String> now = new TreeMap<>();
        for (String name : hashes.keySet()) {
            String look = look(root.resolve(name));
            if (look != null) {
                now.put(name, look);
            }
        }
        return new CacheRecord(key, hashes, now, row);
    }

    /** Size, modification time (as fine as the file system keeps it) and identity of a regular file; null otherwise. */
    private static String look(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!a.isRegularFile()) {
                return null;
            }
            return a.size() + ":" + a.lastModifiedTime().to(TimeUnit.NANOSECONDS) + ":" + a.fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The record as written: a header, the key, then one "CHECKSUM NAME" line per document, then
     * "look LOOK NAME" lines, then one "row FIELD" line for each field of the index row, in order
     * (a backslash, line feed or carriage return in a field written as {@code \\}, {@code \n}, {@code \r}).
     */
    String text() {
        StringBuilder out = new StringBuilder(HEADER).append('\n').append("key ").append(key).append('\n');
        new TreeMap<>(hashes).forEach((name, hash) -> out.append(hash).append(' ').append(name).append('\n'));
        new TreeMap<>(looks).forEach((name, look) -> out.append("look ").append(look.replace(' ', '_'))
                .append(' ').append(name).append('\n'));
        row.forEach(field -> out.append("row ").append(escaped(field)).append('\n'));
        return out.toString();
    }

    /** The record in {@code text}, or null when it is not one (an older tool's, or damaged). */
    static CacheRecord parse(String text) {
        // Line by line in place: a rebuild parses a record for every plan and report.
        int end = text.indexOf('\n');
        if (end != HEADER.length() || !text.startsWith(HEADER) || !text.startsWith("key ", end + 1)) {
            return null;
        }
        int at = end + 1;
        end = text.indexOf('\n', at);
        String key = text.substring(at + 4, end < 0 ? text.length() : end);
        Map<String, String> hashes = new HashMap<>();
        Map<String, String> looks = new HashMap<>();
        List<String> row = new ArrayList<>();
        for (at = end + 1; end >= 0 && at < text.length(); at = end + 1) {
            end = text.indexOf('\n', at);
            String line = text.substring(at, end < 0 ? text.length() : end);
            if (line.startsWith("row ")) {
                row.add(unescaped(line.substring(4)));
                continue;
            }
            if (line.startsWith("look ")) {
                int space = line.indexOf(' ', 5);
                if (space < 0) {
                    return null;
                }
                looks.put(line.substring(space + 1), line.substring(5, space));
                continue;
            }
            int space = line.indexOf(' ');
            if (space < 0 || !Checksum.isText(line.substring(0, space))) {
                return null;
            }
            hashes.put(line.substring(space + 1), line.substring(0, space));
        }
        return new CacheRecord(key, hashes, looks, row);
    }

    /** A field on one line: backslash, line feed and carriage return escaped. */
    private static String escaped(String field) {
        return field.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    /** A field as {@link #escaped} wrote it. */
    private static String unescaped(String line) {
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** True when {@code file} is a regular file (not a link) whose content has the recorded checksum. */
    boolean matches(String name, Path file) {
        String expected = hashes.get(name);
        String look = look(file); // null unless a regular file (not a link)
        if (expected == null || look == null) {
            return false;
        }
        if (look.replace(' ', '_').equals(looks.get(name))) {
            return true; // as it was when published: not read again
        }
        Checksum sum = new Checksum();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                sum.update(buffer, n);
            }
        } catch (IOException e) {
            return false;
        }
        return sum.text().equals(expected);
    }

    /** CRC-32C and CRC-32 of some bytes and their count, written {@code crc:XXXXXXXXYYYYYYYY:SIZE}. */
    static final class Checksum {
        private final CRC32C crc32c = new CRC32C();
        private final CRC32 crc32 = new CRC32();
        private long size;

        /** Adds the first {@code length} bytes of {@code bytes}. */
        void update(byte[] bytes, int length) {
            crc32c.update(bytes, 0, length);
            crc32.update(bytes, 0, length);
            size += length;
        }

        String text() {
            return String.format("crc:%08x%08x:%d", crc32c.getValue(), crc32.getValue(), size);
        }

        /** {@code crc:}, 16 lowercase hex digits, {@code :}, a count (checked by hand: three a record, a thousand records a rebuild). */
        static boolean isText(String s) {
            if (s.length() < 22 || !s.startsWith("crc:") || s.charAt(20) != ':') {
                return false;
            }
            for (int i = 4; i < 20; i++) {
                char c = s.charAt(i);
                if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                    return false;
                }
            }
            for (int i = 21; i < s.length(); i++) {
                if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                    return false;
                }
            }
            return true;
        }
    }
}
