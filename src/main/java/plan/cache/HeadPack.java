package plan.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The heads of the results one run used, in one file beside them ({@link #NAME}): a rebuild of a
 * thousand unchanged plans reads this one file instead of the start of a thousand results. A head
 * is the first part of a result (its findings and the facts the rules across files need; see
 * {@link CheckedCodec}), kept under the result's key. A key names everything its result depends
 * on, so a head found here under a key is that key's head, whichever run wrote it: a pack that is
 * old only misses, it is never wrong. A pack that is not whole (damaged, or of another version)
 * reads as empty; each result is then read from its own file.
 *
 * <p>As written: the header line, then for each head its key (64 hex digits), its length (four
 * bytes, high first) and its bytes, in the order of the keys.
 */
final class HeadPack {
    /** Beside the results, whose names are 64 hex digits, and the index of hashed files. */
    static final String NAME = "heads";
    private static final byte[] HEADER = "plan-heads 1\n".getBytes(StandardCharsets.US_ASCII);
    private static final int KEY_LENGTH = 64;
    static final HeadPack EMPTY = new HeadPack(new byte[0], Map.of());

    private final byte[] bytes;
    /** Where each head starts in {@link #bytes}, by key; its length is in the four bytes before it. */
    private final Map<String, Integer> starts;

    private HeadPack(byte[] bytes, Map<String, Integer> starts) {
        this.bytes = bytes;
        this.starts = starts;
    }

    /** The pack in {@code bytes} (a pack file's content), or {@link #EMPTY} when they are not a whole one. */
    static HeadPack of(byte[] bytes) {
        if (bytes == null || !Arrays.equals(bytes, 0, Math.min(bytes.length, HEADER.length), HEADER, 0, HEADER.length)) {
            return EMPTY;
        }
        Map<String, Integer> starts = new HashMap<>();
        int at = HEADER.length;
        while (at < bytes.length) {
            if (bytes.length - at < KEY_LENGTH + 4) {
                return EMPTY;
            }
            String key = new String(bytes, at, KEY_LENGTH, StandardCharsets.ISO_8859_1);
            int length = intAt(bytes, at + KEY_LENGTH);
            int start = at + KEY_LENGTH + 4;
            // Each head whole and of this version: its own length says where it ends.
            if (!isKey(key) || length < 8 || length > bytes.length - start
                    || intAt(bytes, start) != CheckedCodec.VERSION || intAt(bytes, start + 4) != length - 8) {
                return EMPTY;
            }
            starts.put(key, start);
            at = start + length;
        }
        return new HeadPack(bytes, starts);
    }

    /** A copy of the head kept under {@code key}, or null. */
    byte[] head(String key) {
        Integer start = starts.get(key);
        return start == null ? null : Arrays.copyOfRange(bytes, start, start + intAt(bytes, start - 4));
    }

    /** The keys of the heads kept. */
    Set<String> keys() {
        return starts.keySet();
    }

    /** The pack of {@code heads} (each a whole head, by key) as written. */
    static byte[] encode(Map<String, byte[]> heads) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(HEADER);
        for (Map.Entry<String, byte[]> head : new TreeMap<>(heads).entrySet()) {
            if (!isKey(head.getKey())) {
                throw new IllegalArgumentException("not a result's key: " + head.getKey());
            }
            out.write(head.getKey().getBytes(StandardCharsets.US_ASCII));
            int length = head.getValue().length;
            out.write(new byte[] {(byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length});
            out.write(head.getValue());
        }
        return out.toByteArray();
    }

    /** The head at the start of a whole result {@code result}, or null when it has none of this version. */
    static byte[] headOf(byte[] result) {
        int end = CheckedCodec.headEnd(result);
        return end < 8 || end > result.length ? null : Arrays.copyOf(result, end);
    }

    /** A result's key: 64 lowercase hex digits (checked by hand: a thousand a run). */
    static boolean isKey(String name) {
        if (name.length() != KEY_LENGTH) {
            return false;
        }
        for (int i = 0; i < KEY_LENGTH; i++) {
            char c = name.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    private static int intAt(byte[] bytes, int at) {
        return ((bytes[at] & 0xff) << 24) | ((bytes[at + 1] & 0xff) << 16) | ((bytes[at + 2] & 0xff) << 8) | (bytes[at + 3] & 0xff);
    }
}
