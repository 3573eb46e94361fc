package dev.scalesim.model;

import dev.scalesim.stats.Checks;
import dev.scalesim.stats.Distribution;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A customer segment of a model (developers, small businesses, enterprises, consumers) with its
 * channel and the defaults that differ from the model's.
 *
 * @param id short id used as a column prefix, e.g. {@code smb} in {@code smb.price}
 * @param title human name
 * @param channel how the segment is acquired, for {@code describe}
 * @param defaults per-segment parameter defaults, by unqualified id
 */
public record Segment(String id, String title, String channel, Map<String, Default> defaults) {
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

    public Segment {
        Checks.notBlank("id", id);
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("segment id must be snake_case, got '" + id + "'");
        }
        Checks.notBlank("title", title);
        Checks.notBlank("channel", channel);
        defaults = Map.copyOf(defaults);
    }

    /** The same segment with one default replaced or added (a model's own figure over a preset's). */
    public Segment with(String param, Distribution value, String source) {
        Map<String, Default> copy = new LinkedHashMap<>(defaults);
        copy.put(param, new Default(value, source));
        return new Segment(id, title, channel, copy);
    }

    public Segment with(String param, double value, String source) {
        return with(param, Distribution.constant(value), source);
    }

    /** The same segment described for a model, e.g. clinics instead of small businesses. */
    public Segment describedAs(String newTitle, String newChannel) {
        return new Segment(id, newTitle, newChannel, defaults);
    }
}
