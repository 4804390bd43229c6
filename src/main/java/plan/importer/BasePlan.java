package plan.importer;

import plan.diag.Message;
import plan.format.Format;
import plan.format.Keys;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The plan an imported action plan continues ({@code plan import --base}): given as a path to its
 * file, or as its id, found among the plan files in the folder the draft is written to (where
 * {@code plan build} will find both). Its id and the inherited keys it holds are what import needs;
 * its file, so that the draft is checked together with it.
 */
public record BasePlan(String id, Set<String> inherited, Path file) {
    public static BasePlan find(String given, Path target) throws ImportFailure {
        Path file = Path.of(given);
        if (Files.isRegularFile(file)) {
            return read(file);
        }
        Path folder = target.toAbsolutePath().getParent();
        // A neighbour that cannot be read is not the base unless its file name says so.
        ImportFailure unreadable = null;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(p -> p.getFileName().toString().matches(".*\\.plan\\.ya?ml")).sorted().toList()) {
                if (p.toAbsolutePath().equals(target.toAbsolutePath())) {
                    continue;
                }
                BasePlan base;
                try {
                    base = read(p);
                } catch (ImportFailure e) {
                    unreadable = unreadable == null && Importer.idFor(p).equals(given) ? e : unreadable;
                    continue;
                }
                if (base.id.equals(given)) {
                    return base;
                }
            }
        } catch (IOException e) {
            throw new ImportFailure(Message.of("import.base-unlisted", folder.toString(), String.valueOf(e.getMessage())), e);
        }
        if (unreadable != null) {
            throw unreadable;
        }
        throw new ImportFailure(Message.of("import.base-unknown", given, folder.toString()));
    }

    private static BasePlan read(Path file) throws ImportFailure {
        String name = file.getFileName().toString();
        if (Format.STANDARD.kindOf(name) != null && !Format.STANDARD.plan().matches(name)) {
            // A results or framework file is no plan to continue, whatever keys it holds.
            throw new ImportFailure(Message.of("import.base-not-plan", file.toString()));
        }
        Object root;
        try (Reader in = Files.newBufferedReader(file)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException | RuntimeException e) {
            throw new ImportFailure(Message.of("import.base-unreadable", file.toString()), e);
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new ImportFailure(Message.of("import.base-not-plan", file.toString()));
        }
        Object id = map.get(Keys.ID);
        String planId = id != null ? String.valueOf(id) : Importer.idFor(file);
        Set<String> inherited = new LinkedHashSet<>();
        for (String key : Format.INHERITED) {
            if (map.get(key) != null) {
                inherited.add(key);
            }
        }
        return new BasePlan(planId, inherited, file);
    }
}
