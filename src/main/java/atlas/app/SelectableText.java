package atlas.app;

import javafx.scene.control.TextArea;
import javafx.scene.text.Text;

/**
 * Text in the details that a reader can select and copy like any other text: a read-only, wrapping
 * text area styled as a label (see {@code .selectable-text} in the stylesheet) whose height follows
 * its wrapped lines (measured with the same font at the area's width), so it never scrolls on its own.
 */
final class SelectableText extends TextArea {
    /**
     * Width the text area keeps beside its text, so measured lines wrap as its own do: at first a safe guess
     * (its content padding and the room of a scroll bar), then what its own text shows once laid out.
     */
    private double padding = 14;
    /** The font its own text is drawn in (the stylesheet's, which the area's {@code font} property need not be). */
    private javafx.scene.text.Font textFont;
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

    /**
     * Once laid out, the area's own text tells the font it is drawn in and the width it wraps at (with no scroll
     * bar showing): measured with another font or width, lines were cut (a new user saw a summary's last line
     * half hidden) or left over. When either differs from what the measure used, it measures again.
     */
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (!(lookup(".scroll-pane") instanceof javafx.scene.control.ScrollPane inner) || !(inner.getContent() instanceof javafx.scene.Parent content)
                || !(content.lookup(".text") instanceof Text own)) return;
        boolean again = false;
        if (own.getFont() != null && !own.getFont().equals(textFont)) {
            textFont = own.getFont();
            again = true;
        }
        if (own.getBoundsType() != measure.getBoundsType() || own.getLineSpacing() != measure.getLineSpacing()) {
            // The skin measures its lines otherwise (centred logical bounds): a measure with the default is a line short in ten.
            measure.setBoundsType(own.getBoundsType());
            measure.setLineSpacing(own.getLineSpacing());
            again = true;
        }
        boolean bar = inner.lookupAll(".scroll-bar").stream().anyMatch(b -> b instanceof javafx.scene.control.ScrollBar sb
                && sb.getOrientation() == javafx.geometry.Orientation.VERTICAL && sb.isVisible());
        double pad = getWidth() - snappedLeftInset() - snappedRightInset() - own.getWrappingWidth();
        if (!bar && own.getWrappingWidth() > 0 && pad >= 0 && pad < 40 && Math.abs(pad - padding) > 0.5) {
            padding = pad;
            again = true;
        }
        if (again) fit();
    }

    /** Whether all of its text shows, nothing left to scroll (for tests of the details). */
    boolean showsAll() {
        if (!(lookup(".scroll-pane") instanceof javafx.scene.control.ScrollPane inner) || !(inner.getContent() instanceof javafx.scene.layout.Region content)
                || !(content.lookup(".text") instanceof Text own)) return true;
        return own.getLayoutBounds().getHeight() + content.snappedTopInset() + content.snappedBottomInset() <= inner.getViewportBounds().getHeight() + 0.5;
    }

    private void fit() {
        double h = heightAt(getWidth());
        if (h > 0 && Math.abs(getPrefHeight() - h) > 0.5) setPrefHeight(h);
    }

    /** The height its text wraps to in a width of {@code width}, or -1 when that is too narrow to tell. */
    private double heightAt(double width) {
        double w = width - snappedLeftInset() - snappedRightInset() - padding;
        if (w <= 10) return -1;
        measure.setFont(textFont != null ? textFont : getFont());
        measure.setText(getText());
        measure.setWrappingWidth(w);
        return Math.ceil(measure.getLayoutBounds().getHeight()) + snappedTopInset() + snappedBottomInset() + 4;
    }

    /**
     * Its height depends on its width, so a parent asks for it at the width it will get: a new text is then laid out
     * whole at once (it was one line for a frame until its width was known, which a reader saw at each step of
     * playback where the details changed).
     */
    @Override
    public javafx.geometry.Orientation getContentBias() {
        return javafx.geometry.Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefHeight(double width) {
        double h = width > 0 ? heightAt(width) : -1;
        return h > 0 ? h : super.computePrefHeight(width);
    }
}
