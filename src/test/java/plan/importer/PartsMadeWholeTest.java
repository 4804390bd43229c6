package plan.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Where the chapters no part of a document lists are put, each once, so that outline-parts holds. */
class PartsMadeWholeTest {
    private static Draft.Part part(String title, String... chapters) {
        return new Draft.Part(title, Arrays.asList(chapters));
    }

    private static List<List<String>> chapters(PartsMadeWhole.Whole whole) {
        return whole.parts().stream().map(Draft.Part::chapters).toList();
    }

    @Test
    void theBudgetStandsBesideTheProjectsAndTheAlignmentWithTheStrategies() {
        List<Draft.Part> parts = List.of(part("บทนำ", "preamble"),
                part("ทิศทางการพัฒนา", "vision", "missions", "goals", "strategies", "values"),
                part("โครงการ", "projects", "section-3"));
        PartsMadeWhole.Whole whole = PartsMadeWhole.of(parts, List.of("preamble", "vision", "missions", "values", "goals",
                "strategies", "projects", "budget", "alignment", "section-3"));
        assertThat(chapters(whole)).containsExactly(List.of("preamble"),
                List.of("vision", "missions", "goals", "strategies", "values", "alignment"),
                List.of("projects", "budget", "section-3"));
        assertThat(whole.parts()).extracting(Draft.Part::title).containsExactly("บทนำ", "ทิศทางการพัฒนา", "โครงการ");
        assertThat(whole.guessed()).as("each stands beside the chapter it is made from: nothing to confirm").isEmpty();
    }

    @Test
    void aChapterTheDocumentLacksJoinsItsNeighbourInTheDefaultOrder() {
        List<Draft.Part> parts = List.of(part("บทนำ", "section-1"), part("ทิศทาง", "missions", "strategies"));
        PartsMadeWhole.Whole whole = PartsMadeWhole.of(parts, List.of("vision", "missions", "goals", "strategies", "section-1"));
        assertThat(chapters(whole)).containsExactly(List.of("section-1"), List.of("vision", "missions", "goals", "strategies"));
        assertThat(whole.guessed()).containsExactly("vision", "goals");
    }

    @Test
    void aSectionNoPartListsJoinsTheLastAndNothingIsListedTwice() {
        List<Draft.Part> parts = List.of(part("หนึ่ง", "vision", "missions", "goals", "strategies"), part("สอง", "section-1"));
        PartsMadeWhole.Whole whole = PartsMadeWhole.of(parts, List.of("vision", "missions", "goals", "strategies", "section-1", "section-2"));
        assertThat(chapters(whole)).containsExactly(List.of("vision", "missions", "goals", "strategies"), List.of("section-1", "section-2"));
        assertThat(whole.guessed()).containsExactly("section-2");
        PartsMadeWhole.Whole again = PartsMadeWhole.of(whole.parts(), List.of("vision", "section-2"));
        assertThat(again.parts()).isEqualTo(whole.parts());
        assertThat(again.guessed()).isEmpty();
    }

    @Test
    void aDocumentWithoutPartsGetsNone() {
        assertThat(PartsMadeWhole.of(List.of(), List.of("vision", "projects", "budget")).parts()).isEmpty();
    }
}
