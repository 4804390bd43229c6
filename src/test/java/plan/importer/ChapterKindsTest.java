package plan.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;

import plan.format.Format;
import plan.format.Keys;

/**
 * The importer's chapter kinds are the format's chapters: each names one of {@link Format#CHAPTERS},
 * and a chapter the format adds fails here until import says how a source's heading opens it.
 */
class ChapterKindsTest {
    @Test
    void everyChapterKindIsAChapterOfTheFormat() {
        List<String> named = Arrays.stream(Chapter.Kind.values()).map(k -> k.chapter).filter(Objects::nonNull).toList();
        assertThat(named).doesNotHaveDuplicates().isSubsetOf(Format.CHAPTERS);
        // Not read from a source as chapters of their own: a budget heading opens the projects
        // (the budget chapter adds up their budgets), and the alignment chapter is the tool's.
        assertThat(Format.CHAPTERS).filteredOn(c -> !named.contains(c)).containsExactly(Keys.BUDGET, Format.ALIGNMENT);
        assertThat(Arrays.stream(Chapter.Kind.values()).filter(k -> k.chapter == null))
                .containsExactly(Chapter.Kind.SECTION, Chapter.Kind.PART);
    }
}
