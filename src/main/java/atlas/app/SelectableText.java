package atlas.app;

import javafx.scene.control.TextArea;
import javafx.scene.text.Text;

/**
 * Text in the details that a reader can select and copy like any other text: a read-only, wrapping
 * text area styled as a label (see {@code .selectable-text} in the stylesheet) whose height follows
 * its wrapped lines, so it never scrolls on its own.
 */
final class SelectableText extends TextArea {
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
        skinProperty().addListener((o, a, skin) -> {
            if (skin == null) return;
            // The skin's Text node wraps at the area's width; the area is as tall as its lines.
            if (lookup(".text") instanceof Text t) {
                t.layoutBoundsProperty().addListener((x, b, bounds) -> fit(t));
                fit(t);
            }
        });
    }

    private void fit(Text t) {
        double h = t.getLayoutBounds().getHeight() + snappedTopInset() + snappedBottomInset() + 4;
        if (Math.abs(getPrefHeight() - h) > 0.5) setPrefHeight(h);
    }
}
