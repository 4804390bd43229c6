package plan.app;

import java.util.List;

/**
 * What a build published: the output files, relative to the output folder; how many plans were
 * rendered, found up to date, and left out because of errors.
 */
public record BuildResult(List<String> written, int rendered, int upToDate, int notRendered) {
    public BuildResult {
        written = List.copyOf(written);
    }
}
