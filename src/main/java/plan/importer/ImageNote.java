package plan.importer;

/** The paragraph that stands where the source has a picture or chart, which import cannot carry. */
final class ImageNote {
    private ImageNote() {
    }

    static String of(boolean chart, String alt) {
        return "[" + (chart ? "แผนภูมิ (chart)" : "ภาพ (picture)") + (alt.isEmpty() ? "" : ": " + alt) + "]";
    }

    static boolean is(String text) {
        return text.startsWith("[แผนภูมิ (chart)") || text.startsWith("[ภาพ (picture)");
    }
}
