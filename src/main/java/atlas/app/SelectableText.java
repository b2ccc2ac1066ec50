package atlas.app;

import javafx.scene.control.TextArea;
import javafx.scene.text.Text;

/**
 * Text in the details that a reader can select and copy like any other text: a read-only, wrapping
 * text area styled as a label (see {@code .selectable-text} in the stylesheet) whose height follows
 * its wrapped lines (measured with the same font at the area's width), so it never scrolls on its own.
 */
final class SelectableText extends TextArea {
    /** Width the text area keeps beside its text (its content padding and the room of a hidden scroll bar), so measured lines wrap as its own do. */
    private static final double TEXT_PADDING = 14;
    private final Text measure = new Text();

    SelectableText(String text, String styleClass) {
        super(text);
        setEditable(false);
        setWrapText(true);
        setFocusTraversable(false);
        getStyleClass().add("selectable-text");
        if (styleClass != null) getStyleClass().add(styleClass);
        setPrefRowCount(1);
        setPrefColumnCount(8); // the width comes from the pane; the text wraps to it
        setMaxWidth(Double.MAX_VALUE);
        setMinHeight(USE_PREF_SIZE);
        widthProperty().addListener(o -> fit());
        fontProperty().addListener(o -> fit());
        textProperty().addListener(o -> fit());
    }

    private void fit() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset() - TEXT_PADDING;
        if (w <= 10) return;
        measure.setFont(getFont());
        measure.setText(getText());
        measure.setWrappingWidth(w);
        double h = Math.ceil(measure.getLayoutBounds().getHeight()) + snappedTopInset() + snappedBottomInset() + 4;
        if (Math.abs(getPrefHeight() - h) > 0.5) setPrefHeight(h);
    }
}
