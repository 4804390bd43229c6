package plan.render.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class OutputFormatTest {
    @Test
    void theCommandLinesDefaultListsTheDocumentsInOrderAndNoExport() {
        assertEquals(OutputFormat.defaults(), OutputFormat.DEFAULT);
        assertEquals("md,html,pdf,json,csv", OutputFormat.list());
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
        assertEquals(java.util.List.of("p.projects.csv", "p.indicators.csv"), OutputFormat.CSV.fileNames("p"));
        assertEquals(java.util.List.of("p.json"), OutputFormat.JSON.fileNames("p"));
        assertNull(OutputFormat.ofFile("plan.yaml"));
        assertNull(OutputFormat.ofFile("plan.htm"));
    }
}
