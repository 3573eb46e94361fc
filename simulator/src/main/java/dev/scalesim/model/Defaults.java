package dev.scalesim.model;

import dev.scalesim.stats.Distribution;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds a map of parameter defaults, each with its source. */
public final class Defaults {
    private final Map<String, Default> map = new LinkedHashMap<>();

    private Defaults() {
    }

    public static Defaults of() {
        return new Defaults();
    }

    public Defaults put(String param, Distribution value, String source) {
        if (map.put(param, new Default(value, source)) != null) {
            throw new IllegalArgumentException("default for " + param + " given twice");
        }
        return this;
    }

    public Defaults put(String param, double value, String source) {
        return put(param, Distribution.constant(value), source);
    }

    public Map<String, Default> build() {
        return Map.copyOf(map);
    }
}
