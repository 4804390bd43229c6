package plan.app;

import java.util.List;

/**
 * What a build published: the output files, relative to the output folder; how many plans were
 * rendered, found up to date, and left out because of errors; how many results reports and
 * roll-ups were rendered; warnings about the documents
 * (one line each, e.g. characters the PDF font lacks).
 */
public record BuildResult(List<String> written, int rendered, int upToDate, int notRendered, int reports,
                          List<plan.diag.Message> warnings) {
    public BuildResult {
        written = List.copyOf(written);
        warnings = List.copyOf(warnings);
    }
}
