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

    public static final List<ParamDef> ALL = List.of(STARTING_CASH, FIXED_COSTS, PAYMENT_FEES);

    private CoreParams() {
    }
}
