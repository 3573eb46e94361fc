package dev.scalesim.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void textEscapesMarkupAndBothQuotes() {
        assertEquals("&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt; &amp; co", Html.text("<img src=x onerror=\"a('b')\"> & co"));
        assertEquals("", Html.text(null));
    }

    @Test
    void hrefEncodesEachSegmentSoNoneCanLeaveTheFolder() {
        assertEquals("a/charts/fan-mrr.png", Html.href("a", "charts", "fan-mrr.png"));
        assertEquals("x%2F..%2Fy/%3Cb%3E%20%22q%22", Html.href("x/../y", "<b> \"q\""));
        assertEquals("javascript%3Aalert%281%29", Html.href("javascript:alert(1)"));
        assertEquals("caf%C3%A9.csv", Html.href("café.csv"));
        assertThrows(IllegalArgumentException.class, () -> Html.href(".."));
    }
}
