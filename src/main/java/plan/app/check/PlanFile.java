package plan.app.check;

import java.nio.file.Path;

import plan.format.Format;

/** A plan file: where it is, and its path as the user should see it in diagnostics. */
public record PlanFile(Path path, String displayPath) {
    /** The id a plan gets from its file name: the name without {@code .plan.yaml} or {@code .plan.yml}. */
    public String defaultId() {
        return Format.STANDARD.plan().defaultId(path.getFileName().toString());
    }

    /** A name a folder search picks up: one of the format's file kinds. */
    public static boolean isPlanFileName(String name) {
        return Format.STANDARD.kindOf(name) != null;
    }
}
