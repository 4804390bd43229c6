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
        for (OutputFormat f : OutputFormat.values()) {
            for (String name : f.fileNames("plan.1")) {
                assertEquals("plan.1", f.idOf(name), name);
            }
        }
        assertNull(OutputFormat.CSV.idOf("plan.csv"), "a CSV file of no part is none of a plan's");
        assertNull(OutputFormat.HTML.idOf("plan.pdf"));
        assertNull(OutputFormat.ofFile("plan.yaml"));
        assertNull(OutputFormat.ofFile("plan.htm"));
    }
}
