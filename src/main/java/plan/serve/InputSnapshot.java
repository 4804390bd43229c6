package plan.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the inputs look like on disk: each path to a stamp (size, time, file key) or "absent".
 * Two snapshots differ when a file was saved, added, deleted or renamed: an editor's atomic save
 * (a new file renamed over the old) gets a new file key even within one clock tick. Plan files
 * are kept apart from the rest (project settings, templates), whose change means every plan
 * under them renders again.
 */
record InputSnapshot(Map<Path, String> plans, Map<Path, String> others) {
    static final String ABSENT = "absent";

    InputSnapshot {
        plans = Map.copyOf(plans);
        others = Map.copyOf(others);
    }

    boolean othersChangedSince(InputSnapshot before) {
        return !others.equals(before.others);
    }

    /** The plan files saved, added, deleted or renamed (both names) since {@code before}. */
    Set<Path> plansChangedSince(InputSnapshot before) {
        Set<Path> changed = new HashSet<>();
        plans.forEach((path, stamp) -> {
            if (!stamp.equals(before.plans.get(path))) {
                changed.add(path);
            }
        });
        before.plans.keySet().stream().filter(p -> !plans.containsKey(p)).forEach(changed::add);
        return changed;
    }

    static String stamp(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            if (!a.isRegularFile()) {
                return a.isDirectory() ? "folder" : ABSENT;
            }
            return a.size() + "@" + a.lastModifiedTime().toInstant() + "#" + a.fileKey();
        } catch (IOException e) {
            return ABSENT;
        }
    }

    /** Builds a snapshot, a path at a time. */
    static final class Builder {
        private final Map<Path, String> plans = new TreeMap<>();
        private final Map<Path, String> others = new TreeMap<>();

        void plan(Path file) {
            Path key = file.toAbsolutePath().normalize();
            plans.computeIfAbsent(key, InputSnapshot::stamp);
        }

        void other(Path file) {
            Path key = file.toAbsolutePath().normalize();
            others.computeIfAbsent(key, InputSnapshot::stamp);
        }

        /** Every regular file under {@code folder}, as "others" (a template folder). */
        void folder(Path folder) {
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(folder)) {
                other(folder);
                return;
            }
            try (var files = Files.walk(folder)) {
                files.filter(Files::isRegularFile).forEach(this::other);
            } catch (IOException | java.io.UncheckedIOException e) {
                other(folder); // unreadable now: compare it as absent, and again next time
            }
        }

        InputSnapshot build() {
            return new InputSnapshot(plans, others);
        }
    }
}
