package plan.render.pdf.tagged;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openpdf.text.pdf.PdfAction;
import org.openpdf.text.pdf.PdfAnnotation;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDestination;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfIndirectReference;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNull;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfOutline;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfStructureElement;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Links and bookmarks of a tagged PDF. PDF/UA-2 wants each link annotation inside its Link (or
 * Reference) element, and every destination inside the document to be a structure destination:
 * the element it leads to, besides the page. A link may come before its target is typeset, so
 * the elements that named destinations land on are recorded as they are drawn and the structure
 * destinations written at the end ({@link #finish()}), with the contents' references to headings.
 */
public final class TaggedLinks {
    private static final PdfName SD = new PdfName("SD");
    private static final PdfName OBJR = new PdfName("OBJR");
    private static final PdfName OBJ = new PdfName("Obj");
    private static final PdfName REF = new PdfName("Ref");

    private record Pending(PdfIndirectReference ref, String name) {
    }

    /** An entry of the contents and the destination it refers to, for its /Ref once the tree is complete. */
    private record Entry(PdfStructureElement toci, String name) {
    }

    private final Tagging tagging;
    /** The element each named destination lands on. */
    private final Map<String, PdfStructureElement> landing = new HashMap<>();
    /** Structure destinations of links, written once every destination has landed. */
    private final List<Pending> pending = new ArrayList<>();
    private final List<Entry> entries = new ArrayList<>();

    TaggedLinks(Tagging tagging) {
        this.tagging = tagging;
    }

    private PdfWriter writer() {
        return tagging.writer();
    }

    /** The contents' entry {@code toci} refers to the element the destination {@code name} lands on. */
    void refersTo(PdfStructureElement toci, String name) {
        entries.add(new Entry(toci, name));
    }

    /** Records that the named destination {@code name} lands on element {@code e}. */
    public void landsOn(String name, PdfStructureElement e) {
        if (tagging.enabled() && name != null && e != null) {
            landing.putIfAbsent(name, e);
        }
    }

    /** The element the named destination landed on, or null. */
    public PdfStructureElement landing(String name) {
        return landing.get(name);
    }

    /**
     * A link annotation over the rectangle, in the structure tree under {@code link} (whose text
     * was just marked), to the named destination {@code goTo} or to {@code url}.
     */
    public void link(PdfStructureElement link, String goTo, String url, String text, float llx, float lly, float urx,
            float ury) {
        PdfAction action;
        if (goTo != null) {
            action = new PdfAction();
            action.put(PdfName.S, PdfName.GOTO);
            action.put(PdfName.D, new PdfString(goTo));
            // PDF/UA-2 wants links inside the document to lead to a structure element. The element
            // may not be typeset yet (a link before its target), so its destination comes at the end.
            PdfIndirectReference sd = writer().getPdfIndirectReference();
            pending.add(new Pending(sd, goTo));
            action.put(SD, sd);
        } else {
            action = new PdfAction(url);
        }
        PdfAnnotation annotation = new PdfAnnotation(writer(), llx, lly, urx, ury, action);
        annotation.setFlags(PdfAnnotation.FLAGS_PRINT);
        annotation.put(PdfName.CONTENTS, new PdfString(text, PdfObject.TEXT_UNICODE));
        annotation.put(PdfName.STRUCTPARENT, new PdfNumber(writer().getStructureTreeRoot().addExistingObject(link.getReference())));
        writer().addAnnotation(annotation);
        PdfDictionary objr = new PdfDictionary(OBJR);
        objr.put(OBJ, annotation.getIndirectReference());
        objr.put(PdfName.PG, writer().getCurrentPage());
        PdfObject k = link.get(PdfName.K);
        if (k instanceof PdfArray kids) {
            kids.add(objr);
        } else {
            PdfArray kids = new PdfArray();
            if (k != null) {
                kids.add(k);
            }
            kids.add(objr);
            link.put(PdfName.K, kids);
        }
    }

    /**
     * An action for a bookmark: to the page ({@code dest}, made for the current page) and, for
     * PDF/UA, to the element {@code e}. Only when tagging is on.
     */
    private PdfAction bookmark(PdfDestination dest, PdfStructureElement e) {
        PdfAction action = new PdfAction();
        action.put(PdfName.S, PdfName.GOTO);
        dest.addPage(writer().getCurrentPage());
        action.put(PdfName.D, dest);
        action.put(SD, structureDestination(e == null ? tagging.document() : e));
        return action;
    }

    /**
     * A bookmark under {@code parent} to {@code dest} (made for the current page) and, when tagging
     * is on, to the element {@code e} as well.
     */
    public PdfOutline outline(PdfOutline parent, PdfDestination dest, PdfStructureElement e, String title, boolean open) {
        return tagging.enabled() ? new PdfOutline(parent, bookmark(dest, e), title, open)
                : new PdfOutline(parent, dest, title, open);
    }

    /** Writes the structure destinations of the links; call before the document closes. */
    public void finish() throws IOException {
        if (!tagging.enabled()) {
            return;
        }
        for (Pending p : pending) {
            PdfStructureElement e = landing.getOrDefault(p.name, tagging.document());
            writer().addToBody(structureDestination(e), p.ref);
        }
        pending.clear();
        for (Entry entry : entries) {
            PdfStructureElement target = landing.get(entry.name);
            if (target != null) {
                entry.toci.put(REF, new PdfArray(target.getReference()));
            }
        }
    }

    private static PdfArray structureDestination(PdfStructureElement e) {
        PdfArray sd = new PdfArray();
        sd.add(e.getReference());
        sd.add(PdfName.XYZ);
        sd.add(PdfNull.PDFNULL);
        sd.add(PdfNull.PDFNULL);
        sd.add(PdfNull.PDFNULL);
        return sd;
    }
}
