package plan.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import plan.render.site.Documents;

/**
 * What {@code OUT/.plan-cache/ID} says of a plan's published documents: the key they were made
 * under and the SHA-256 of each. A later build skips the plan only when the key is the same and
 * every document is still a regular file with that hash: a publish that stopped half-way, a
 * document edited or replaced by a symbolic link, all make the plan render again.
 */
record CacheRecord(String key, Map<String, String> hashes) {
    private static final String HEADER = "plan-cache 1";

    CacheRecord {
        hashes = Map.copyOf(hashes);
    }

    static CacheRecord of(String key, Documents documents) {
        Map<String, String> hashes = new TreeMap<>();
        for (String name : documents.names()) {
            hashes.put(name, HexFormat.of().formatHex(RenderKey.sha256().digest(documents.bytes(name))));
        }
        return new CacheRecord(key, hashes);
    }

    /** The record as written: a header, the key, then one "HASH NAME" line per document. */
    String text() {
        StringBuilder out = new StringBuilder(HEADER).append('\n').append("key ").append(key).append('\n');
        new TreeMap<>(hashes).forEach((name, hash) -> out.append(hash).append(' ').append(name).append('\n'));
        return out.toString();
    }

    /** The record in {@code text}, or null when it is not one (an older tool's, or damaged). */
    static CacheRecord parse(String text) {
        String[] lines = text.split("\n");
        if (lines.length < 2 || !lines[0].equals(HEADER) || !lines[1].startsWith("key ")) {
            return null;
        }
        Map<String, String> hashes = new TreeMap<>();
        for (int i = 2; i < lines.length; i++) {
            int space = lines[i].indexOf(' ');
            if (space != 64) {
                return null;
            }
            hashes.put(lines[i].substring(space + 1), lines[i].substring(0, space));
        }
        return new CacheRecord(lines[1].substring(4), hashes);
    }

    /** True when {@code file} is a regular file (not a link) whose content has the recorded hash. */
    boolean matches(String name, Path file) {
        String expected = hashes.get(name);
        if (expected == null || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
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
