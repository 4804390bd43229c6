package plan.format;

/**
 * One key of a mapping. {@code fileNameDefault}: when absent, the value is taken from the
 * file's name (a plan's id), which must then be a valid id too.
 */
public record Key(String name, Type type, boolean required, boolean fileNameDefault) {
    public static Key required(String name, Type type) {
        return new Key(name, type, true, false);
    }

    public static Key optional(String name, Type type) {
        return new Key(name, type, false, false);
    }

    /** Written out, as in {@link Kind}. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Key k && name.equals(k.name) && type.equals(k.type) && required == k.required
                && fileNameDefault == k.fileNameDefault;
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + type.hashCode();
    }
}
