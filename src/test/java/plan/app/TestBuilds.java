package plan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import plan.app.check.CheckReport;
import plan.app.check.PlanChecker;
import plan.app.check.PlanFile;
import plan.app.check.PlanFiles;
import plan.app.check.UsageException;
import plan.cache.CheckCache;

/**
 * A build as {@code plan build} runs it, for the tests of what a rebuild checks and renders: the
 * files found, the renderer readied while they are checked, the build, then the check cache
 * trimmed to what was used and saved.
 */
final class TestBuilds {
    private TestBuilds() {
    }

    /** The plan files below {@code folder}, as {@code plan build FOLDER} finds them. */
    static List<PlanFile> find(Path folder) {
        try {
            return PlanFiles.find(List.of(folder.toString()));
        } catch (UsageException e) {
            throw new AssertionError(e);
        }
    }

    /** Checks {@code files} with {@code checker} (whose memo is {@code cache}), builds them with {@code ready}'s renderer, saves the cache. */
    static BuildResult run(List<PlanFile> files, PlanChecker checker, CheckCache cache, BuildOptions options,
                           WarmUp ready, String version) {
        CheckReport report = checker.checkAll(files);
        assertThat(report.hasErrors()).as(report.diagnostics().toString()).isFalse();
        BuildResult result;
        try {
            result = Build.run(report, options, ready, version, n -> { });
        } catch (BuildFailure e) {
            throw new AssertionError(e);
        }
        cache.keepOnlyUsed();
        cache.save();
        return result;
    }

    /** The documents a build rendered, by the Markdown files it wrote at the top of the site. */
    static Set<String> rendered(BuildResult result) {
        Set<String> rendered = new TreeSet<>();
        for (String name : result.written()) {
            if (!name.contains("/") && name.endsWith(".md")) {
                rendered.add(name.substring(0, name.length() - 3));
            }
        }
        return rendered;
    }
}
