package dev.scalesim.kernel;

import dev.scalesim.stats.Gaussian;
import java.nio.charset.StandardCharsets;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * One source of randomness (e.g. "churn", "price-wars"), addressable by (trial, month, slot).
 *
 * <p>The value at a position is SplitMix64's output at that index of the stream seeded by
 * (seed, source): {@code mix(base + position * GAMMA)}. Random access is what makes common
 * random numbers exact: every arm reads the same value for the same (trial, month, slot), and
 * an arm that needs more draws in one place cannot shift any other place or any other source.
 * Positions are {@code trial << 32 | month << 16 | slot}, so there are 65,536 slots per source,
 * trial and month.
 *
 * <p>Instances are mutable only in the current trial, set by the worker that owns them.
 */
public final class RandomStream {
    static final long GAMMA = 0x9E3779B97F4A7C15L;
    public static final int SLOTS = 1 << 16;
    public static final int MAX_MONTH = (1 << 16) - 1;

    private final long base;
    private final String source;
    private long trialOffset;

    public RandomStream(long seed, String source) {
        this.source = source;
        this.base = mix(mix(seed ^ 0x5CA1E51A0000L) + hash(source));
    }

    public String source() {
        return source;
    }

    /** Moves the stream to a trial; every arm of the trial then reads the same numbers. */
    public void trial(long trial) {
        if (trial < 0 || trial > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("trial must be in [0, 2^32), got " + trial);
        }
        trialOffset = trial << 32;
    }

    /** The raw 64 bits at (month, slot) of the current trial. */
    public long bits(int month, int slot) {
        return mix(base + (trialOffset | ((long) month << 16) | slot) * GAMMA);
    }

    /** A uniform strictly inside (0, 1) at (month, slot) of the current trial. */
    public double uniform(int month, int slot) {
        return Gaussian.openUnit(bits(month, slot));
    }

    /** A standard normal at (month, slot), by inversion so arms stay monotonically coupled. */
    public double gaussian(int month, int slot) {
        return Gaussian.quantile(uniform(month, slot));
    }

    /** A sequential generator for samplers that need several numbers; see {@link Cursor}. */
    public Cursor cursor() {
        return new Cursor(this);
    }

    /** SplitMix64's finalizer (Stafford's variant 13): a bijection on 64-bit values. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static long hash(String s) {
        long h = 0xCBF29CE484222325L; // FNV-1a, then mixed: only distinctness matters here
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xFF)) * 0x100000001B3L;
        }
        return mix(h);
    }

    /**
     * Reads consecutive slots from a starting (month, slot): a {@link UniformRandomProvider} for
     * commons-rng samplers (rejection samplers consume a variable count). Reusable: reposition
     * with {@link #at} instead of allocating.
     */
    public static final class Cursor implements UniformRandomProvider {
        private final RandomStream stream;
        private long state;

        private Cursor(RandomStream stream) {
            this.stream = stream;
        }

        public Cursor at(int month, int slot) {
            state = stream.base + ((stream.trialOffset | ((long) month << 16) | slot) - 1) * GAMMA;
            return this;
        }

        @Override
        public long nextLong() {
            state += GAMMA;
            return mix(state);
        }

        /** A uniform strictly inside (0, 1). */
        public double nextOpenUnit() {
            return Gaussian.openUnit(nextLong());
        }
    }
}
