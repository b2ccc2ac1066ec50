package atlas.app;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;

/**
 * The side panel's width as the window changes size. The split pane alone keeps the panel's width whatever the
 * window does, so a window made smaller left the map half of it, and one made larger again kept the small panel.
 * Here the panel keeps the width it was given (by the user's drag of the divider, else the one it opened with),
 * as far as the map keeps {@link #MAP_SHARE} of the width (or {@link #MAP_SHARE_LEFT_TO_USER} of it when the user
 * chose the panel's width): a window made smaller narrows the panel, and made larger again it widens it back.
 */
final class SideWidth {
    /** The least share of the width the map keeps from a panel the window opened with. */
    static final double MAP_SHARE = 0.6;
    /** The least share the map keeps from a panel the user made wider. */
    static final double MAP_SHARE_LEFT_TO_USER = 0.4;

    private final SplitPane split;
    private final Region side;
    /** The panel's width as given (pixels), -1 until known. */
    private double wanted = -1;
    private boolean byUser;

    private SideWidth(SplitPane split, Region side) {
        this.split = split;
        this.side = side;
        split.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (onDivider(e.getTarget()) && side.getWidth() > 0) {
                wanted = side.getWidth();
                byUser = true;
            }
        });
        split.widthProperty().addListener((o, was, now) -> {
            if (wanted < 0 && side.getWidth() > 0) wanted = side.getWidth(); // the width of the last layout, before this one
            if (wanted > 0) Platform.runLater(this::apply); // after the split pane has laid itself out at the new width
        });
    }

    /** Keeps {@code side}, the second item of {@code split}, at its given width as the window changes size. */
    static void install(SplitPane split, Region side) {
        new SideWidth(split, side);
    }

    private void apply() {
        double w = split.getWidth();
        if (w <= 0 || split.getDividerPositions().length == 0) return;
        double width = Math.min(wanted, w * (1 - (byUser ? MAP_SHARE_LEFT_TO_USER : MAP_SHARE)));
        double position = 1 - width / w;
        if (Math.abs(split.getDividerPositions()[0] - position) * w > 1) split.setDividerPositions(position);
    }

    private static boolean onDivider(Object target) {
        for (Node n = target instanceof Node t ? t : null; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains("split-pane-divider")) return true;
        }
        return false;
    }
}
