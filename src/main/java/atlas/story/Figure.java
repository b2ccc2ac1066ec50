package atlas.story;

/** A number a source gives about an item, e.g. label "Contracted investment", value "$1 billion (2018)". */
public record Figure(String label, String value, String note) {
}
