package plan.importer;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.List;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import plan.diag.Messages;

/** {@code plan import}: a source document to a draft plan file, written whole or not at all. */
public final class Importer {
    /** What was imported, where it was written, and the files of the plans it continues, its base first (none for none). */
    public record Result(Draft draft, Path written, List<Path> baseFiles) {
    }

    private Importer() {
    }

    /** The plan file {@code NAME.plan.yaml} beside {@code source}. */
    public static Path defaultTarget(Path source) {
        String name = source.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return source.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".plan.yaml");
    }

    /** The plan id a file name gives: its name without .plan.yaml, made a valid id. */
    public static String idFor(Path target) {
        String id = target.getFileName().toString().replaceFirst("\\.plan\\.ya?ml$", "")
                .replaceAll("[^\\p{L}\\p{M}\\p{Nd}._-]+", "-").replaceAll("^-+|-+$", "");
        return id.isEmpty() || !Character.isLetter(id.codePointAt(0)) ? "plan-" + id : id;
    }

    public static Result importFile(Path source, Path target, boolean force) throws ImportFailure {
        return importFile(source, target, force, null, new Messages(java.util.Locale.forLanguageTag("th")));
    }

    /**
     * {@code base}: the id or file of the plan the draft continues (null for none); {@code words}:
     * the reader's language, which the file's comments are written in.
     */
    public static Result importFile(Path source, Path target, boolean force, String base, Messages words) throws ImportFailure {
        if (Files.exists(target) && !force) {
            throw ImportFailure.ofOutput(plan.diag.Message.of("cli.refused.import-exists", target), null);
        }
        BasePlan basePlan = base == null ? null : BasePlan.find(base, target);
        SourceDocument doc = SourceReader.read(source);
        Draft draft = Recognizer.recognize(doc, idFor(target));
        if (basePlan != null) {
            draft = draft.withBase(basePlan);
        }
        draft = draft.withPartsMadeWhole();
        String yaml = PlanYamlWriter.write(draft, words);
        assertParses(yaml);
        write(target, yaml);
        return new Result(draft, target, basePlan == null ? List.of() : basePlan.files());
    }

    /** The writer's own check: a file it cannot read back is a bug, and is not written. */
    private static void assertParses(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        // The file is ours and at most a few times its source (64 MiB): SnakeYAML's default 3 MiB is no limit for it.
        options.setCodePointLimit(Integer.MAX_VALUE);
        new Yaml(new SafeConstructor(options)).compose(new StringReader(yaml));
    }

    private static void keepMode(Path target, Path tmp) throws IOException {
        if (Files.exists(target) && Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
        }
    }

    private static void write(Path target, String yaml) throws ImportFailure {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            // Not createTempFile, which makes the file 0600: a new plan file gets the mode the
            // umask gives any new file, and a replaced one keeps its own (issue 27.15).
            tmp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
            Files.writeString(tmp, yaml, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            keepMode(target, tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw ImportFailure.ofOutput(plan.diag.Message.of("cli.refused.cannot-write", target, plan.diag.IoReason.message(e)), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the move took it, or the folder is gone: nothing left to tidy
                }
            }
        }
    }
}
