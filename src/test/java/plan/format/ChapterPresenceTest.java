package plan.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import plan.bind.PlanBinder;
import plan.diag.Findings;
import plan.load.Limits;
import plan.load.Loaded;
import plan.load.PlanLoader;
import plan.model.Plan;

/**
 * Every chapter of {@link Format#CHAPTERS} is known where documents are made: {@link Plan#hasChapter}
 * (in the model, which cannot ask the format) has each for a plan that fills them all, and the
 * content template prints each. A chapter added to the format and not there would otherwise be
 * left out of every document without a word.
 */
class ChapterPresenceTest {
    @Test
    void aPlanWithEverythingHasEveryChapterOfTheFormat() throws Exception {
        String yaml = Files.readString(Path.of("examples/full.plan.yaml")) + """
                analysis:
                  strengths:
                    - {id: SW1, text: ครูมีวุฒิการศึกษาตรงสาขา}
                align-to: [national-strategy]
                """;
        Findings findings = new Findings("everything.plan.yaml");
        Loaded loaded = new PlanLoader(Limits.DEFAULT).load(yaml.getBytes(StandardCharsets.UTF_8), findings);
        Plan plan = PlanBinder.bind(loaded.root(), "everything", findings);
        assertThat(findings.sorted()).as("binds cleanly").isEmpty();
        assertThat(Format.CHAPTERS).allSatisfy(chapter -> assertThat(plan.hasChapter(chapter)).as(chapter).isTrue());
        assertThat(plan.hasChapter("no-such-chapter")).isFalse();
    }

    @Test
    void theContentTemplatePrintsEveryChapterOfTheFormat() throws Exception {
        String template = Files.readString(Path.of("templates/plan.md.ftl"));
        assertThat(Format.CHAPTERS).allSatisfy(chapter -> assertThat(template).contains("<#case \"" + chapter + "\">"));
    }
}
