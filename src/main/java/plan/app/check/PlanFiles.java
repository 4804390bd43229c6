package plan.app.check;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Turns the paths a user gave into plan files: files as given, folders searched recursively. */
public final class PlanFiles {
    private PlanFiles() {
    }

    public static List<PlanFile> find(List<String> paths) throws UsageException {
        return find(paths, warning -> { });
    }

    /** @param warnings told of what was skipped (a symbolic link loop), one line each, worded by the caller */
    public static List<PlanFile> find(List<String> paths, Consumer<plan.diag.Message> warnings) throws UsageException {
        Map<Path, PlanFile> found = new LinkedHashMap<>();
        for (String given : paths) {
            Path path = Path.of(given);
            if (Files.isDirectory(path)) {
                for (Path file : walk(path, given, warnings)) {
                    found.putIfAbsent(file.toAbsolutePath().normalize(), new PlanFile(file, display(path, given, file)));
                }
            } else if (Files.exists(path)) {
                // A file named explicitly is checked whatever its name: the user asked for it.
                found.putIfAbsent(path.toAbsolutePath().normalize(), new PlanFile(path, given));
            } else {
                throw new UsageException(plan.diag.Message.of("cli.refused.no-such-path", given));
            }
        }
        return new ArrayList<>(found.values());
    }

    /**
     * Plan files below a folder, links followed. A link that leads back up the tree (a loop) is
     * skipped with a warning: one loop somewhere must not stop the check of everything else.
     */
    private static List<Path> walk(Path folder, String given, Consumer<plan.diag.Message> warnings) throws UsageException {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                            if (attributes.isRegularFile() && PlanFile.isPlanFileName(file.getFileName().toString())) {
                                files.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                            if (e instanceof FileSystemLoopException) {
                                warnings.accept(plan.diag.Message.of("files.skipped-loop", display(folder, given, file)));
                                return FileVisitResult.CONTINUE;
                            }
                            throw e;
                        }
                    });
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new UsageException(plan.diag.Message.of("cli.refused.unreadable-folder", given, String.valueOf(e.getMessage())));
        }
        files.sort(null);
        return files;
    }

    /** Paths under a folder are shown as the folder was given, joined with the relative rest. */
    private static String display(Path folder, String given, Path file) {
        String rest = folder.relativize(file).toString().replace('\\', '/');
        return given.endsWith("/") ? given + rest : given + "/" + rest;
    }
}
