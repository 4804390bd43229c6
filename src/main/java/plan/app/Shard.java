package plan.app;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Shard {@code index} of {@code count} (1-based, as {@code --shard K/N} is written): the share
 * of a build one CI runner renders. A plan belongs to the shard chosen by a hash of its id, not
 * by its position among the files, so that adding or removing a plan moves no other plan to
 * another shard, and every runner agrees without talking to the others.
 */
public record Shard(int index, int count) {
    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("a shard is K/N with 1 <= K <= N, not " + index + "/" + count);
        }
    }

    /** {@code K/N}, e.g. {@code 2/4}. */
    public static Shard parse(String text) {
        String[] parts = text.strip().split("/", -1);
        if (parts.length != 2 || !parts[0].matches("[0-9]{1,6}") || !parts[1].matches("[0-9]{1,6}")) {
            throw new IllegalArgumentException("a shard is written K/N, e.g. 2/4, not '" + text + "'");
        }
        return new Shard(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    /** The shard (1..count) of the plan with this id. */
    public static int of(String planId, int count) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(planId.getBytes(StandardCharsets.UTF_8));
            return (int) Long.remainderUnsigned(ByteBuffer.wrap(digest).getLong(), count) + 1;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    public boolean owns(String planId) {
        return of(planId, count) == index;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
