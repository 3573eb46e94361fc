package dev.scalesim.kernel;

import java.util.List;

/** Business-wide parameters the engine's accounting reads in every model. */
public final class CoreParams {
    public static final ParamDef STARTING_CASH = ParamDef.global("starting_cash", Unit.USD,
            "cash in the bank at the start of month 1");
    public static final ParamDef FIXED_COSTS = ParamDef.global("fixed_costs", Unit.USD_PER_MONTH,
            "non-payroll fixed operating costs (offices, software, outside services), opex; staff are the staffing plan");
    public static final ParamDef PAYMENT_FEES = ParamDef.global("payment_fees", Unit.FRACTION,
            "payment and partner fees as a share of revenue, COGS");

    /** How a segment is invoiced; revenue is recognised monthly whatever the billing. */
    public static final ParamDef BILLING = ParamDef.segment("billing", Unit.NUMBER,
            "how recurring revenue is invoiced: monthly, annual (12 months upfront) or annual-arrears (after 12 months)")
            .choices("monthly", "annual", "annual-arrears");
    public static final ParamDef PAYMENT_DAYS = ParamDef.segment("payment_days", Unit.DAYS,
            "days from invoice to cash").range(0, 180);

    // Financing and cost-cutting rules (FinancingRule): on only in the survival-rules arm.
    public static final ParamDef SURVIVAL_RULES = ParamDef.global("survival_rules", Unit.FRACTION,
            "1 runs the financing and cost-cutting rules (the survival-rules arm sets it; 0 as the business stands)");
    public static final ParamDef RAISE_AMOUNT = ParamDef.global("raise_amount", Unit.USD,
            "cash a fundraise brings in (0: no fundraise)");
    public static final ParamDef RAISE_RUNWAY = ParamDef.global("raise_runway_months", Unit.MONTHS,
            "raise when runway falls below this many months (also what p_raise_needed counts)").range(0, 60);
    public static final ParamDef RAISE_SUCCESS = ParamDef.global("raise_success", Unit.FRACTION,
            "probability that a fundraise attempt closes");
    public static final ParamDef RAISE_VALUATION = ParamDef.global("raise_valuation", Unit.MULTIPLIER,
            "pre-money valuation of a raise, as a multiple of ARR");
    public static final ParamDef CUT_RUNWAY = ParamDef.global("cut_runway_months", Unit.MONTHS,
            "cut costs while runway is below this many months (0: never)").range(0, 60);
    public static final ParamDef CUT_ACQUISITION = ParamDef.global("cut_acquisition", Unit.FRACTION,
            "share of paid acquisition spend cut while cutting costs (hiring is frozen too)");

    public static final List<ParamDef> ALL = List.of(STARTING_CASH, FIXED_COSTS, PAYMENT_FEES, BILLING, PAYMENT_DAYS,
            SURVIVAL_RULES, RAISE_AMOUNT, RAISE_RUNWAY, RAISE_SUCCESS, RAISE_VALUATION, CUT_RUNWAY, CUT_ACQUISITION);

    /** {@link #BILLING}'s values. */
    public static final int MONTHLY = 0;
    public static final int ANNUAL = 1;
    public static final int ANNUAL_ARREARS = 2;

    private CoreParams() {
    }
}
