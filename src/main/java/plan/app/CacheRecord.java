package plan.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import plan.render.site.Documents;

/**
 * What {@code OUT/.plan-cache/ID} says of a plan's published documents: the key they were made
 * under and, for each, its SHA-256 and how the file looked once in place (size, modification
 * time, file identity). A later build skips the plan only when the key is the same and every
 * document is still a regular file with that hash: a publish that stopped half-way, a document
 * edited or replaced by a symbolic link, all make the plan render again. A document that looks as
 * it did when published is taken as unchanged without being read (as make and git do); any
 * other is read and hashed.
 */
record CacheRecord(String key, Map<String, String> hashes, Map<String, String> looks) {
    private static final String HEADER = "plan-cache 2";

    CacheRecord {
        hashes = Map.copyOf(hashes);
        looks = Map.copyOf(looks);
    }

    static CacheRecord of(String key, Documents documents) {
        Map<String, String> hashes = new TreeMap<>();
        for (String name : documents.names()) {
            hashes.put(name, HexFormat.of().formatHex(RenderKey.sha256().digest(documents.bytes(name))));
        }
        return new CacheRecord(key, hashes, Map.of());
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
        return new CacheRecord(key, hashes, now);
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

    /** The record as written: a header, the key, then one "HASH NAME" line per document, then "look LOOK NAME" lines. */
    String text() {
        StringBuilder out = new StringBuilder(HEADER).append('\n').append("key ").append(key).append('\n');
        new TreeMap<>(hashes).forEach((name, hash) -> out.append(hash).append(' ').append(name).append('\n'));
        new TreeMap<>(looks).forEach((name, look) -> out.append("look ").append(look.replace(' ', '_'))
                .append(' ').append(name).append('\n'));
        return out.toString();
    }

    /** The record in {@code text}, or null when it is not one (an older tool's, or damaged). */
    static CacheRecord parse(String text) {
        String[] lines = text.split("\n");
        if (lines.length < 2 || !lines[0].equals(HEADER) || !lines[1].startsWith("key ")) {
            return null;
        }
        Map<String, String> hashes = new TreeMap<>();
        Map<String, String> looks = new TreeMap<>();
        for (int i = 2; i < lines.length; i++) {
            if (lines[i].startsWith("look ")) {
                int space = lines[i].indexOf(' ', 5);
                if (space < 0) {
                    return null;
                }
                looks.put(lines[i].substring(space + 1), lines[i].substring(5, space));
                continue;
            }
            int space = lines[i].indexOf(' ');
            if (space != 64) {
                return null;
            }
            hashes.put(lines[i].substring(space + 1), lines[i].substring(0, space));
        }
        return new CacheRecord(lines[1].substring(4), hashes, looks);
    }

    /** True when {@code file} is a regular file (not a link) whose content has the recorded hash. */
    boolean matches(String name, Path file) {
        String expected = hashes.get(name);
        if (expected == null || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        String look = look(file);
        if (look != null && look.replace(' ', '_').equals(looks.get(name))) {
            return true; // as it was when published: not read again
        }
        MessageDigest sha = RenderKey.sha256();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
        } catch (IOException e) {
            return false;
        }
        return HexFormat.of().formatHex(sha.digest()).equals(expected);
    }
}
