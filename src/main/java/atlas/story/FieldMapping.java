package atlas.story;

import java.util.List;

/**
 * Which field of a user's dataset plays which role: the title, the start (a list of fallbacks: the
 * first non-empty wins), the end (likewise), the category, the id; what kind of item each row is; and
 * how to read day/month dates written with slashes. Null fields mean "not mapped".
 */
public record FieldMapping(String title, List<String> start, List<String> end, String category, String id, Kind kind, UserDates.Order order) {
    public FieldMapping {
        start = start == null ? List.of() : List.copyOf(start);
        end = end == null ? List.of() : List.copyOf(end);
        if (kind == Kind.PLACE || kind == Kind.CORRIDOR) kind = Kind.EVENT;
        if (order == null) order = UserDates.Order.ISO;
    }

    /** This mapping with the fields a user chose replacing the detected ones (null or empty keeps the detected). */
    public FieldMapping overriddenBy(FieldMapping user) {
        if (user == null) return this;
        return new FieldMapping(user.title != null ? user.title : title, user.start.isEmpty() ? start : user.start,
                user.end.isEmpty() ? end : user.end, user.category != null ? user.category : category,
                user.id != null ? user.id : id, user.kind != null ? user.kind : kind, user.order != UserDates.Order.ISO ? user.order : order);
    }

    /** One line for messages and the layer panel, e.g. "title=Title, start=Commitment.Year, kind=project". */
    public String describe() {
        // Field names come from the file: quoted short and safe like any value.
        java.util.function.UnaryOperator<String> c = atlas.io.Texts::clip;
        return "title=" + (title == null ? null : c.apply(title)) + ", start=" + (start.isEmpty() ? "none" : String.join("|", start.stream().map(c).toList()))
                + (end.isEmpty() ? "" : ", end=" + String.join("|", end.stream().map(c).toList()))
                + (category == null ? "" : ", category=" + c.apply(category)) + (id == null ? "" : ", id=" + c.apply(id))
                + ", kind=" + (kind == null ? "event" : kind.key()) + (order == UserDates.Order.ISO ? "" : ", date order=" + order.name().toLowerCase());
    }
}
