package plan.render.pdf.tagged;

import java.util.List;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfStructureElement;
import plan.render.pdf.text.ParagraphLayout;

/**
 * Where the lines of one paragraph go in the structure tree: the element open when it was laid
 * out, or nowhere (an artifact). A paragraph with links gives each run a child of its own (a Link,
 * or a Span for the text around it), made when the run is first drawn so that the children follow
 * the reading order; OpenPDF's elements hold text or children, not both.
 */
public final class StructureTarget {
    public final Tagging tagging;
    private final PdfStructureElement element;
    private final boolean artifact;
    private final PdfStructureElement[] children;
    private final PdfName linkType;

    private StructureTarget(Tagging tagging, PdfStructureElement element, boolean artifact, boolean mixed, int runs) {
        this.tagging = tagging;
        this.linkType = tagging.linkType();
        this.element = element;
        this.artifact = artifact;
        this.children = mixed ? new PdfStructureElement[runs] : null;
    }

    /** The lines of {@code runs}, laid out now, belong to the open element (if tagging is on). */
    public static StructureTarget of(Tagging tagging, List<ParagraphLayout.StyledRun> runs) {
        boolean mixed = runs.stream().anyMatch(StructureTarget::linked);
        return new StructureTarget(tagging, tagging.current(), tagging.inArtifactText(), mixed, runs.size());
    }

    boolean tagged() {
        return tagging.enabled();
    }

    /** The element the text of run {@code r} belongs to, or null for an artifact. */
    public PdfStructureElement forRun(int r, ParagraphLayout.StyledRun run) {
        if (artifact || element == null) {
            return null;
        }
        if (children == null) {
            return element;
        }
        if (children[r] == null) {
            children[r] = new PdfStructureElement(element, linked(run) ? linkType : PdfName.SPAN);
        }
        return children[r];
    }

    private static boolean linked(ParagraphLayout.StyledRun run) {
        return run.goTo() != null || run.url() != null;
    }
}
