package plan.app;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Turns the paths a user gave into plan files: files as given, folders searched recursively. */
public final class PlanFiles {
    private PlanFiles() {
    }

    public static List<PlanFile> find(List<String> paths) throws UsageException {
        Map<Path, PlanFile> found = new LinkedHashMap<>();
        for (String given : paths) {
            Path path = Path.of(given);
            if (Files.isDirectory(path)) {
                for (Path file : walk(path, given)) {
                    found.putIfAbsent(file.toAbsolutePath().normalize(), new PlanFile(file, display(path, given, file)));
                }
            } else if (Files.exists(path)) {
                // A file named explicitly is checked whatever its name: the user asked for it.
                found.putIfAbsent(path.toAbsolutePath().normalize(), new PlanFile(path, given));
            } else {
                throw new UsageException("no such file or folder: " + given);
            }
        }
        return new ArrayList<>(found.values());
    }

    private static List<Path> walk(Path folder, String given) throws UsageException {
        try (Stream<Path> files = Files.walk(folder, FileVisitOption.FOLLOW_LINKS)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> PlanFile.isPlanFileName(p.getFileName().toString()))
                    .sorted()
                    .toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new UsageException("cannot read folder " + given + ": " + e.getMessage());
        }
    }

    /** Paths under a folder are shown as the folder was given, joined with the relative rest. */
    private static String display(Path folder, String given, Path file) {
        String rest = folder.relativize(file).toString().replace('\\', '/');
        return given.endsWith("/") ? given + rest : given + "/" + rest;
    }
}
