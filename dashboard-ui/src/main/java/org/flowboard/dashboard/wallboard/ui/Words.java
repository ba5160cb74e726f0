package org.flowboard.dashboard.wallboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;

/**
 * A span that only shows words. The text is a property of the span's own element, where {@link
 * com.vaadin.flow.component.html.Span#setText} adds a child text node: one server-side node instead
 * of two, for each of the dozens of figures on every open wallboard.
 */
@Tag("span")
final class Words extends Component implements HasStyle {

    private static final String TEXT = "innerText";

    Words() {}

    Words(String text) {
        setText(text);
    }

    void setText(String text) {
        getElement().setProperty(TEXT, text);
    }

    String getText() {
        return getElement().getProperty(TEXT, "");
    }
}
