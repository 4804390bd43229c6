package plan.model;

/** Fiscal years covered, Buddhist Era; a one-year plan has from = to. */
public record Period(Year from, Year to, Span span) {
}
