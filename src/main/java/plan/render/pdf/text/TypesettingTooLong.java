package plan.render.pdf.text;

import java.io.IOException;

/**
 * A document did not finish typesetting within its time budget (usually one enormous paragraph).
 * The message is English, for logs; the build words {@link #title}, {@link #limit} and
 * {@link #longestParagraph} in the reader's language.
 */
public final class TypesettingTooLong extends IOException {
    private static final long serialVersionUID = 1L;

    /** The document's title, the time allowed ("0.5 s"), the longest paragraph's length in characters. */
    private final String title;
    private final String limit;
    private final int longestParagraph;

    public TypesettingTooLong(String title, String limit, int longestParagraph, Throwable cause) {
        super("the PDF of \"" + title + "\" was not finished within " + limit + ", the time one plan may take (a paragraph of "
                + longestParagraph + " characters is the likely cause: split it into shorter ones)", cause);
        this.title = title;
        this.limit = limit;
        this.longestParagraph = longestParagraph;
    }

    public String title() {
        return title;
    }

    public String limit() {
        return limit;
    }

    public int longestParagraph() {
        return longestParagraph;
    }
}
