package plan.model;

/** Language of generated headings and labels. */
public enum Lang {
    TH, EN;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
