package plan.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import plan.app.check.CheckedPlan;
import plan.app.check.PlanChecker;
import plan.app.check.PlanFile;
import plan.diag.Diagnostic;
import plan.load.Limits;

/** Builds small plans in tests: a valid base plan with one part replaced. */
public final class Plans {
    public static final String BASE = """
            title: แผนทดสอบ
            organization:
              name: สำนักงานทดสอบ
            period: {from: 2566, to: 2569}
            vision: ผู้เรียนมีคุณภาพ
            missions:
              - {id: M1, text: พัฒนาผู้เรียน}
            goals:
              - {id: G1, text: ผู้เรียนอ่านออกเขียนได้, missions: [M1]}
            strategies:
              - id: S1
                title: ส่งเสริมการอ่าน
                goals: [G1]
                guidelines:
                  - จัดกิจกรรมห้องสมุด
            """;

    private Plans() {
    }

    /** The base plan with its vision replaced by {@code vision} (quoted as a YAML string). */
    public static String withVision(String vision) {
        return BASE.replace("vision: ผู้เรียนมีคุณภาพ", "vision: \"" + vision + "\"");
    }

    public static CheckedPlan check(Path dir, String yaml) {
        try {
            Path file = Files.writeString(dir.resolve("t.plan.yaml"), yaml);
            return new PlanChecker(Limits.DEFAULT).check(new PlanFile(file, "t.plan.yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> rules(CheckedPlan checked) {
        return checked.diagnostics().stream().map(Diagnostic::rule).toList();
    }
}
