package plan.model;

/** A rule whose errors become notes for this plan, and the reason given. */
public record Waiver(Text rule, Text reason) {
}
