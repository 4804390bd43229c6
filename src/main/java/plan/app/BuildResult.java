package plan.app;

import java.util.List;

/** What a build published: the output files, relative to the output folder, and the counts. */
public record BuildResult(List<String> written, int rendered, int notRendered) {
    public BuildResult {
        written = List.copyOf(written);
    }
}
