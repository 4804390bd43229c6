package plan.app.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import plan.workspace.Locator;

/**
 * Looks for a file a reference needs near the file that holds the reference: in its folder and
 * below, then from each of two folders up, a few levels deep, the nearest first, never above the
 * top of the git repository it is in. Bounded (folders and depth), since it runs only to word a
 * hint and must not crawl a whole disk.
 */
final class NearbyFiles implements Locator {
    private static final int LEVELS_UP = 2;
    private static final int DEPTH = 3;
    private static final int MAX_FOLDERS = 500;

    private final Map<String, String> answers = new ConcurrentHashMap<>();

    @Override
    public String fileNear(String from, List<String> names) {
        Path start = Path.of(from).toAbsolutePath().normalize().getParent();
        if (start == null) {
            return null;
        }
        String key = start + "\0" + String.join("\0", names);
        String known = answers.get(key);
        if (known != null) {
            return known.isEmpty() ? null : known;
        }
        String found = search(start, names);
        answers.put(key, found == null ? "" : found);
        return found;
    }

    private static String search(Path start, List<String> names) {
        Path folder = start;
        for (int up = 0; up <= LEVELS_UP && folder != null; up++, folder = folder.getParent()) {
            Path hit = breadthFirst(folder, names);
            if (hit != null) {
                return shown(hit);
            }
            if (Files.exists(folder.resolve(".git"))) {
                break; // the top of a repository: a file beyond it belongs to another project
            }
        }
        return null;
    }

    private static Path breadthFirst(Path root, List<String> names) {
        Deque<Path> queue = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        queue.add(root);
        depths.add(0);
        int seen = 0;
        while (!queue.isEmpty() && seen++ < MAX_FOLDERS) {
            Path folder = queue.poll();
            int depth = depths.poll();
            for (String name : names) {
                if (Files.isRegularFile(folder.resolve(name))) {
                    return folder.resolve(name);
                }
            }
            if (depth < DEPTH) {
                try (Stream<Path> children = Files.list(folder)) {
                    for (Path child : children.filter(Files::isDirectory).sorted().toList()) {
                        queue.add(child);
                        depths.add(depth + 1);
                    }
                } catch (IOException | RuntimeException e) {
                    // an unreadable folder holds nothing we can name
                }
            }
        }
        return null;
    }

    /** Relative to the working folder when below it (how the user types paths), else absolute. */
    private static String shown(Path file) {
        Path here = Path.of("").toAbsolutePath();
        String s = file.startsWith(here) ? here.relativize(file).toString() : file.toString();
        return s.replace('\\', '/');
    }
}
