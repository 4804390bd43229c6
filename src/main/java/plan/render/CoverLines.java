package plan.render;

/**
 * What the official cover (the PDF's cover page, the title block of the Markdown and HTML) prints
 * once: a subtitle that is the office's name (printed lower down) is not printed again, nor a
 * period the title already names ("… ประจำปีงบประมาณ พ.ศ. 2568"). Lines are compared in one kind
 * of digits and with runs of white space as one space, so the plan's Thai digits do not matter.
 */
public final class CoverLines {
    private CoverLines() {
    }

    /** Whether a cover prints {@code subtitle} beside the office's name {@code organization}. */
    public static boolean subtitleAdds(String subtitle, String organization) {
        return subtitle != null && !subtitle.isBlank() && !normalized(subtitle).equals(normalized(organization));
    }

    /** Whether a cover prints its period's line under {@code title}. */
    public static boolean periodAdds(String title, String period) {
        return !normalized(title).contains(normalized(period));
    }

    private static String normalized(String text) {
        return ThaiDigits.of(text.strip().replaceAll("\\s+", " "));
    }
}
