package plan.app;

import java.nio.file.Path;

/** A plan file: where it is, and its path as the user should see it in diagnostics. */
public record PlanFile(Path path, String displayPath) {
    /** The id a plan gets from its file name: the name without {@code .plan.yaml} or {@code .plan.yml}. */
    public String defaultId() {
        String name = path.getFileName().toString();
        return name.replaceFirst("\\.plan\\.ya?ml$", "");
    }

    public static boolean isPlanFileName(String name) {
        return name.endsWith(".plan.yaml") || name.endsWith(".plan.yml");
    }
}
