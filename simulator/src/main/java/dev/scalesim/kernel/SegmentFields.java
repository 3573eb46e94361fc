package dev.scalesim.kernel;

import java.util.List;

/**
 * The per-segment breakdown of a month ({@code segments.csv}): fields in fixed order, recorded
 * after the monthly metrics for each segment and for the unallocated rest.
 */
public final class SegmentFields {
    public static final int CUSTOMERS = 0;
    public static final int NEW_CUSTOMERS = 1;
    public static final int CHURNED_CUSTOMERS = 2;
    public static final int MRR = 3;
    public static final int REVENUE = 4;
    public static final int COGS = 5;

    /** Ids, as the monthly metrics of the same name (their totals over the rows). */
    public static final List<String> IDS = List.of(
            "customers", "new_customers", "churned_customers", "mrr", "revenue", "cogs");
    public static final int COUNT = IDS.size();

    /** The row of what no segment owns: one-off revenue, shared recurring revenue and costs. */
    public static final String UNALLOCATED = "(unallocated)";

    private SegmentFields() {
    }
}
