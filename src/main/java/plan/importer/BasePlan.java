package plan.importer;

import plan.diag.Message;
import plan.format.Format;
import plan.format.Keys;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
 * its file and those of the bases it continues, so that the draft is checked together with them.
 */
public record BasePlan(String id, Set<String> inherited, List<Path> files) {
    public BasePlan {
        files = List.copyOf(files);
    }

    public static BasePlan find(String given, Path target) throws ImportFailure {
        Path file = Path.of(given);
        if (Files.isRegularFile(file)) {
            return read(file, load(file), new LinkedHashSet<>());
        }
        Path folder = target.toAbsolutePath().getParent();
        // A neighbour that cannot be read is not the base unless its file name says so.
        ImportFailure unreadable = null;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(p -> p.getFileName().toString().matches(".*\\.plan\\.ya?ml")).sorted().toList()) {
                if (p.toAbsolutePath().equals(target.toAbsolutePath())) {
                    continue;
                }
                Map<?, ?> map;
                try {
                    map = load(p);
                } catch (ImportFailure e) {
                    unreadable = unreadable == null && Importer.idFor(p).equals(given) ? e : unreadable;
                    continue;
                }
                if (idOf(map, p).equals(given)) {
                    return read(p, map, new LinkedHashSet<>());
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

    /**
     * The keys a base gives: those it holds and, where it has a base of its own among the plan
     * files beside it, those that one gives (chains of bases are followed, as {@code plan check}
     * follows them). {@code seen}: the files of the chain so far; a base not found, or a cycle,
     * adds nothing (the check of the draft says so).
     */
    private static BasePlan read(Path file, Map<?, ?> map, Set<Path> seen) {
        seen.add(file.toAbsolutePath().normalize());
        BasePlan further = map.get(Keys.BASE) == null ? null : besides(String.valueOf(map.get(Keys.BASE)), file, seen);
        Set<String> inherited = new LinkedHashSet<>();
        for (String key : Format.INHERITED) {
            if (map.get(key) != null || further != null && further.inherited.contains(key)) {
                inherited.add(key);
            }
        }
        List<Path> files = new ArrayList<>(List.of(file));
        if (further != null) {
            files.addAll(further.files);
        }
        return new BasePlan(idOf(map, file), inherited, files);
    }

    /** The plan of id {@code id} among the plan files beside {@code file}, not yet in the chain; else null. */
    private static BasePlan besides(String id, Path file, Set<Path> seen) {
        try (Stream<Path> files = Files.list(file.toAbsolutePath().normalize().getParent())) {
            for (Path p : files.filter(p -> Format.STANDARD.plan().matches(p.getFileName().toString())).sorted().toList()) {
                if (seen.contains(p.toAbsolutePath().normalize())) {
                    continue;
                }
                try {
                    Map<?, ?> map = load(p);
                    if (idOf(map, p).equals(id)) {
                        return read(p, map, seen);
                    }
                } catch (ImportFailure e) {
                    // Not the base the chain names, or its own check says what is wrong with it.
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    private static String idOf(Map<?, ?> map, Path file) {
        Object id = map.get(Keys.ID);
        return id != null ? String.valueOf(id) : Importer.idFor(file);
    }

    private static Map<?, ?> load(Path file) throws ImportFailure {
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
        return map;
    }
}
