package plan.bind;

/**
 * The id syntax of the format: a letter first, then letters, digits, '.', '_' or '-'. Thai
 * letters count as letters (with their vowel and tone marks), so no id can name a path.
 */
public final class Ids {
    private Ids() {
    }

    public static boolean isValid(String id) {
        if (id == null || id.isEmpty() || !Character.isLetter(id.codePointAt(0))) {
            return false;
        }
        return rest(id);
    }

    /** A framework item's id: as an id, but a digit may come first ({@code 3}, {@code 2.1}). */
    public static boolean isValidItemId(String id) {
        if (id == null || id.isEmpty() || !Character.isLetterOrDigit(id.codePointAt(0))) {
            return false;
        }
        return rest(id);
    }

    private static boolean rest(String id) {
        return id.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-'
                || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK);
    }
}
