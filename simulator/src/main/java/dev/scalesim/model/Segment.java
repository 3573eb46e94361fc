package dev.scalesim.model;

import dev.scalesim.stats.Checks;
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
}
