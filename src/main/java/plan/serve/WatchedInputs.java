package plan.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

import plan.app.Build;
import plan.app.BuildOptions;
import plan.app.check.CheckReport;
import plan.app.check.CheckedPlan;
import plan.app.check.PlanFile;
import plan.app.check.UsageException;
import plan.bind.ConfigBinder;

/**
 * Everything a served site depends on: the plan files the paths name now (new ones included), the
 * {@code plan.config.yaml} of each plan's folder and the folders above it (present or not: one may
 * be added), and the template folders; and the folders to watch for them.
 */
final class WatchedInputs {
    private final ServeOptions options;
    private final LiveSite site;

    WatchedInputs(ServeOptions options, LiveSite site) {
        this.options = options;
        this.site = site;
    }

    InputSnapshot snapshot() {
        InputSnapshot.Builder snap = new InputSnapshot.Builder();
        for (String given : options.paths()) {
            Path path = Path.of(given);
            if (!Files.isDirectory(path)) {
                snap.plan(path); // a file named on the command line: its absence is a change too
            }
        }
        try {
            for (PlanFile file : site.planFiles()) {
                snap.plan(file.path());
                for (Path folder = file.path().toAbsolutePath().normalize().getParent(); folder != null; folder = folder.getParent()) {
                    snap.other(folder.resolve(ConfigBinder.FILE_NAME));
                }
            }
        } catch (UsageException e) {
            // A folder became unreadable: the next render says so; compare what can be seen.
        }
        for (Path templates : templateFolders()) {
            snap.folder(templates);
        }
        return snap.build();
    }

    /** The folders whose changes matter, with every folder below them: the ones given, the template folders. */
    Set<Path> trees() {
        Set<Path> out = new LinkedHashSet<>();
        for (String given : options.paths()) {
            Path path = Path.of(given).toAbsolutePath().normalize();
            if (Files.isDirectory(path)) {
                out.add(path);
            }
        }
        templateFolders().forEach(t -> out.add(t.toAbsolutePath().normalize()));
        return out;
    }

    /** The single folders whose changes matter: of each file named, each plan, each settings file. */
    Set<Path> folders(InputSnapshot snapshot) {
        Set<Path> out = new LinkedHashSet<>();
        for (String given : options.paths()) {
            Path path = Path.of(given).toAbsolutePath().normalize();
            if (!Files.isDirectory(path) && path.getParent() != null) {
                out.add(path.getParent());
            }
        }
        snapshot.plans().keySet().forEach(p -> out.add(p.getParent()));
        snapshot.others().forEach((p, stamp) -> {
            if (!InputSnapshot.ABSENT.equals(stamp)) {
                out.add(p.getParent());
            }
        });
        return out;
    }

    private Set<Path> templateFolders() {
        Set<Path> out = new LinkedHashSet<>();
        if (options.templates() != null) {
            out.add(options.templates());
        }
        CheckReport report = site.lastReport();
        if (report != null) {
            BuildOptions none = new BuildOptions(null, Set.of(), null, false, null, false);
            for (CheckedPlan plan : report.plans()) {
                Path folder = Build.templatesOf(plan, none);
                if (folder != null) {
                    out.add(folder);
                }
            }
        }
        return out;
    }
}
