package plan.model;

/** A string value from the source (text, markdown, id or reference) with where it stood. */
public record Text(String value, Span span) implements Value {
    public boolean isBlank() {
        return value == null || value.isBlank();
    }

    @Override
    public String toString() {
        return value;
    }
}
