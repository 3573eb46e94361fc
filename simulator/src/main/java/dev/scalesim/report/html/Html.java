package dev.scalesim.report.html;

import java.nio.charset.StandardCharsets;

/**
 * Escaping for user text in HTML: scenario names and paths are hostile input, so everything that
 * is not markup we wrote goes through {@link #text} (element content and quoted attributes alike)
 * and every link through {@link #href}.
 */
public final class Html {
    private Html() {
    }

    /** Text safe in element content and in a double- or single-quoted attribute. */
    public static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * A relative link to a file under the page's folder, from path segments: each segment is
     * percent-encoded (so no segment can add a scheme, a separator or "..") and the result is
     * escaped for an attribute.
     */
    public static String href(String... segments) {
        StringBuilder b = new StringBuilder();
        for (String segment : segments) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new IllegalArgumentException("not a file name: '" + segment + "'");
            }
            if (b.length() > 0) {
                b.append('/');
            }
            for (byte x : segment.getBytes(StandardCharsets.UTF_8)) {
                int c = x & 0xff;
                if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
                        || c == '.' || c == '~') {
                    b.append((char) c);
                } else {
                    b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                            .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
                }
            }
        }
        return text(b.toString());
    }
}
