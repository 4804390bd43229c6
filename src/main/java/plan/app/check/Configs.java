package plan.app.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import plan.bind.ConfigBinder;
import plan.diag.Diagnostic;
import plan.diag.Findings;
import plan.diag.Source;
import plan.load.Limits;
import plan.load.Loaded;
import plan.load.PlanLoader;
import plan.model.ProjectConfig;

/**
 * Finds the {@code plan.config.yaml} that governs a plan: the nearest one in the plan's folder
 * or above it. Each folder is looked up once, however many plans it holds.
 */
final class Configs {
    /** A configuration file and what was wrong with it. */
    record Found(ProjectConfig config, Source source, List<Diagnostic> diagnostics) {
    }

    private static final Found NONE = new Found(ProjectConfig.NONE, null, List.of());

    private final Map<Path, Found> byFolder = new ConcurrentHashMap<>();
    private final PlanLoader loader = new PlanLoader(Limits.DEFAULT);

    Found governing(Path planFile) {
        Path folder = planFile.toAbsolutePath().normalize().getParent();
        return folder == null ? NONE : lookup(folder);
    }

    private Found lookup(Path folder) {
        Found known = byFolder.get(folder);
        if (known != null) {
            return known;
        }
        Path file = folder.resolve(ConfigBinder.FILE_NAME);
        Found found;
        if (Files.isRegularFile(file)) {
            found = load(file);
        } else {
            found = folder.getParent() == null ? NONE : lookup(folder.getParent());
        }
        Found raced = byFolder.putIfAbsent(folder, found);
        return raced != null ? raced : found; // one Found a folder, even when two threads read it at once
    }

    private Found load(Path file) {
        String display = displayPath(file);
        Findings findings = new Findings(display);
        Loaded loaded = loader.load(file, findings);
        ProjectConfig config = ConfigBinder.bind(loaded.root(), findings);
        return new Found(config, loaded.source(), findings.sorted());
    }

    /** Relative to the working folder when inside it, as users see their own files. */
    private static String displayPath(Path file) {
        Path cwd = Path.of("").toAbsolutePath();
        return file.startsWith(cwd) ? cwd.relativize(file).toString() : file.toString();
    }
}
