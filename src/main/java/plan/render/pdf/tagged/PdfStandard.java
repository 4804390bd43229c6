package plan.render.pdf.tagged;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a written PDF conforms to. */
public enum PdfStandard {
    /**
     * PDF/UA-2 (accessible: tagged, with the document's language, headings, lists, tables and
     * alternative text for charts) and PDF/A-4 (archival: XMP metadata, an sRGB output intent,
     * every font embedded). The default.
     */
    UA2_A4("ua2-a4"),
    /** No claim: an untagged PDF without XMP metadata or output intent, smaller and quicker to write. */
    NONE("none");

    private final String id;

    PdfStandard(String id) {
        this.id = id;
    }

    /** The name on the command line: {@code ua2-a4} or {@code none}. */
    public String id() {
        return id;
    }

    /** The standard named {@code id}, ignoring case; IllegalArgumentException naming the choices otherwise. */
    public static PdfStandard of(String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        for (PdfStandard s : values()) {
            if (s.id.equals(wanted)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown PDF standard \"" + id + "\": expected one of "
                + Arrays.stream(values()).map(PdfStandard::id).collect(Collectors.joining(", ")));
    }
}
