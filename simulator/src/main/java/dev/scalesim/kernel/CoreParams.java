package dev.scalesim.kernel;

import java.util.List;

/** Business-wide parameters the engine's accounting reads in every model. */
public final class CoreParams {
    public static final ParamDef STARTING_CASH = ParamDef.global("starting_cash", Unit.USD,
            "cash in the bank at the start of month 1");
    public static final ParamDef FIXED_COSTS = ParamDef.global("fixed_costs", Unit.USD_PER_MONTH,
            "fixed operating costs (team, offices, tools), opex");
    public static final ParamDef PAYMENT_FEES = ParamDef.global("payment_fees", Unit.FRACTION,
            "payment and partner fees as a share of revenue, COGS");

    /** How a segment is invoiced; revenue is recognised monthly whatever the billing. */
    public static final ParamDef BILLING = ParamDef.segment("billing", Unit.NUMBER,
            "how recurring revenue is invoiced: monthly, annual (12 months upfront) or annual-arrears (after 12 months)")
            .choices("monthly", "annual", "annual-arrears");
    public static final ParamDef PAYMENT_DAYS = ParamDef.segment("payment_days", Unit.DAYS,
            "days from invoice to cash").range(0, 180);

    public static final List<ParamDef> ALL = List.of(STARTING_CASH, FIXED_COSTS, PAYMENT_FEES, BILLING, PAYMENT_DAYS);

    /** {@link #BILLING}'s values. */
    public static final int MONTHLY = 0;
    public static final int ANNUAL = 1;
    public static final int ANNUAL_ARREARS = 2;

    private CoreParams() {
    }
}
