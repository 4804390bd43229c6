package plan.workspace;

import java.util.List;

/**
 * Finds a file that a reference needs but the run was not given, so the hint can say which folder
 * to add. The workspace itself reads no folders (its inputs may be in memory); the caller decides.
 */
@FunctionalInterface
public interface Locator {
    Locator NONE = (from, names) -> null;

    /**
     * @param from  the path of the file that holds the reference, as shown in diagnostics
     * @param names file names that would hold what the reference names ({@code obec-2568.framework.yaml})
     * @return the path of the first such file found, as the user would type it; null where none is near
     */
    String fileNear(String from, List<String> names);
}
