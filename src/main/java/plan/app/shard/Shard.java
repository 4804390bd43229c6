package plan.app.shard;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import plan.app.check.CheckReport;
import plan.app.check.CheckedPlan;
import plan.diag.Diagnostic;

/**
 * Shard {@code index} of {@code count} (1-based, as {@code --shard K/N} is written): the share
 * of a build one CI runner renders. A plan belongs to the shard chosen by a hash of its id, not
 * by its position among the files, so that adding or removing a plan moves no other plan to
 * another shard, and every runner agrees without talking to the others.
 */
public record Shard(int index, int count) {
    /** More runners than any CI matrix has: a larger N is a mistake (or a manifest made to exhaust memory). */
    public static final int MAX_COUNT = 10_000;

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("a shard is K/N with 1 <= K <= N, not " + index + "/" + count);
        }
        if (count > MAX_COUNT) {
            throw new IllegalArgumentException("a build splits into at most " + MAX_COUNT + " shards, not " + count);
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

    /** A checked file belongs to the shard of its plan's id, or of its file name where it has no plan. */
    public boolean owns(CheckedPlan checked) {
        return owns(checked.id() != null ? checked.id() : checked.file().defaultId());
    }

    /**
     * This shard's part of a check: its plans and their findings. Findings in no plan's file (a
     * project settings file) go to shard 1, so that each finding is reported by one shard.
     */
    public CheckReport share(CheckReport report) {
        List<CheckedPlan> mine = report.plans().stream().filter(this::owns).toList();
        Set<String> planFiles = report.plans().stream().map(p -> p.file().displayPath()).collect(Collectors.toSet());
        Set<String> myFiles = mine.stream().map(p -> p.file().displayPath()).collect(Collectors.toSet());
        List<Diagnostic> findings = report.diagnostics().stream()
                .filter(d -> myFiles.contains(d.file()) || index == 1 && !planFiles.contains(d.file())).toList();
        return new CheckReport(mine, findings, report.sources());
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
