package atlas.story;

/** A project enters {@code stage} at {@code start}. */
public record StageChange(Stage stage, PartialDate start) {
}
