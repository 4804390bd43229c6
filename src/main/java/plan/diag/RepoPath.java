package plan.diag;

/**
 * A diagnostic's file as CI services match it against the repository: forward slashes and no
 * leading {@code ./} (a user who checks {@code .} gets {@code ./plans/a.plan.yaml}, which
 * GitHub's annotations and GitLab's Code Quality would not tie to {@code plans/a.plan.yaml}).
 */
final class RepoPath {
    private RepoPath() {
    }

    static String of(String file) {
        String path = file.replace('\\', '/');
        while (path.startsWith("./")) {
            path = path.substring(2);
        }
        return path;
    }
}
