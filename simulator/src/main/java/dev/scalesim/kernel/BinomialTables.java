package dev.scalesim.kernel;

/**
 * {@link BinomialTable}s shared by every arm of a worker, found by (group, p): the arms of a
 * scenario mostly share the baseline's churn hazard (a solution changes it in some arms and
 * months only), and their cohorts have the same sizes until a solution makes them differ, so one
 * table serves them all instead of each arm building the same entries. A group (a segment, for
 * the cohort book) keeps the {@value #WAYS} probabilities used most recently; asking for another
 * reuses the least recently used table.
 *
 * <p>A table is a pure cache (its draws depend only on (u, n, p)), so results do not depend on
 * which arm built an entry or on evictions. A table may be reset by the next call to
 * {@link #table}: callers fetch it where they use it and keep no reference across calls that
 * could ask for more than {@value #WAYS} other probabilities of the group.
 */
public final class BinomialTables {
    static final int WAYS = 16;

    private final BinomialTable[][] tables;
    private final long[][] used;
    private long clock;

    BinomialTables(int groups) {
        tables = new BinomialTable[groups][WAYS];
        used = new long[groups][WAYS];
    }

    /** The table for probability p in a group (0 <= group < groups). */
    public BinomialTable table(int group, double p) {
        BinomialTable[] row = tables[group];
        long[] stamps = used[group];
        long bits = Double.doubleToRawLongBits(p);
        int oldest = 0;
        for (int w = 0; w < WAYS; w++) {
            BinomialTable t = row[w];
            if (t == null) {
                oldest = w;
                break;
            }
            if (Double.doubleToRawLongBits(t.probability()) == bits) {
                stamps[w] = ++clock;
                return t;
            }
            if (stamps[w] < stamps[oldest]) {
                oldest = w;
            }
        }
        if (row[oldest] == null) {
            row[oldest] = new BinomialTable();
        }
        row[oldest].probability(p);
        stamps[oldest] = ++clock;
        return row[oldest];
    }
}
