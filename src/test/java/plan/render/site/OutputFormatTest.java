package plan.render.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class OutputFormatTest {
    @Test
    void theCommandLinesDefaultListsEveryFormatInOrder() {
        assertEquals(OutputFormat.list(), OutputFormat.ALL);
    }

    @Test
    void everyFormatHasExactlyOneOutputInTheSameOrder() {
        assertEquals(Arrays.asList(OutputFormat.values()), PlanOutput.ALL.stream().map(PlanOutput::format).toList());
    }

    @Test
    void fileNamesAreReadBackToTheirFormat() {
        for (OutputFormat f : OutputFormat.values()) {
            assertEquals(f, OutputFormat.ofFile(f.fileName("plan-1")));
        }
        assertEquals("p.html", OutputFormat.HTML.fileName("p"));
        assertNull(OutputFormat.ofFile("plan.yaml"));
        assertNull(OutputFormat.ofFile("plan.htm"));
    }
}
