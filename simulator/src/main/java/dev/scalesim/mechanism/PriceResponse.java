package dev.scalesim.mechanism;

import dev.scalesim.kernel.AbstractMechanism;
import dev.scalesim.kernel.Binding;
import dev.scalesim.kernel.Factor;
import dev.scalesim.kernel.Month;
import dev.scalesim.kernel.ParamDef;
import dev.scalesim.kernel.Unit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Demand that answers price: acquisition from every channel, churn and usage per customer move
 * with the price a segment pays relative to a reference price (constant elasticities).
 *
 * <pre>
 *   r_s(t)       = price_s(t) / reference_price_s
 *   acquisitionFactor_s *= r_s^(-price_elasticity_s)
 *   churnFactor_s       *= r_s^(churn_price_elasticity_s)
 *   usageFactor_s       *= u_s^(-usage_price_elasticity_s),  u_s = unit_price_s / reference_unit_price_s
 * </pre>
 * {@code price} is the lever the model charges with ({@code price}, {@code take_rate}, ...;
 * the reference parameter is {@code reference_<lever>}). A segment whose lever or its reference
 * is 0 pays by use (a usage-priced segment, or a plan moved to pure usage pricing): it answers
 * the unit price instead, or nothing when the model has none. Ratios are bounded to [1/20, 20].
 *
 * <p>The price is our list price as the scenario and the solutions set it, this month: a firm's
 * elasticity measures its price against the market's. Moves that every competitor makes alike
 * ({@code priceFactor}: matched price-war cuts, compute-cost pass-through, a market price walk,
 * a data set's value) leave relative prices where they were; what a price war does to demand
 * is its own switching churn. It runs before the channels that read {@code acquisitionFactor},
 * so a solution that raises a price moves demand in the same month. The channels and the cohort
 * book are untouched: every factor is 1 at elasticity 0 or at the reference price, which is
 * exactly the model without this mechanism.
 */
public final class PriceResponse extends AbstractMechanism {
    public static final ParamDef ELASTICITY = ParamDef.segment("price_elasticity", Unit.NUMBER,
            "acquisition elasticity: new customers change by -e% for a 1% higher price than the reference").range(0, 10);
    public static final ParamDef CHURN_ELASTICITY = ParamDef.segment("churn_price_elasticity", Unit.NUMBER,
            "churn elasticity: monthly churn changes by +e% for a 1% higher price than the reference").range(0, 10);
    public static final ParamDef USAGE_ELASTICITY = ParamDef.segment("usage_price_elasticity", Unit.NUMBER,
            "usage elasticity: uses per customer change by -e% for a 1% higher unit price than the reference")
            .range(0, 10);

    /** Bounds of a price ratio: a twentieth to twenty times the reference. */
    static final double MIN_RATIO = 1.0 / 20;
    static final double MAX_RATIO = 20;

    private final ParamDef price;
    private final ParamDef unitPrice;

    /**
     * @param price the lever acquisition and churn answer ({@code price}, {@code take_rate}, ...)
     * @param unitPrice the per-use price usage answers, or null when the model has none
     */
    public PriceResponse(ParamDef price, ParamDef unitPrice) {
        super("price-response", params(price, unitPrice), List.of());
        this.price = price;
        this.unitPrice = unitPrice;
    }

    /** The reference parameter of a price lever: same scope and unit, 0 meaning "no reference". */
    public static ParamDef reference(ParamDef lever) {
        return new ParamDef("reference_" + lever.id(), "the " + lever.id()
                + " demand is measured against (default: the model's default " + lever.id() + "; 0 = no response)",
                lever.unit(), lever.perSegment(), 0, Double.POSITIVE_INFINITY, false);
    }

    private static List<ParamDef> params(ParamDef price, ParamDef unitPrice) {
        List<ParamDef> out = new ArrayList<>(List.of(price, reference(price), ELASTICITY, CHURN_ELASTICITY));
        if (unitPrice != null) {
            out.add(unitPrice);
            out.add(reference(unitPrice));
            out.add(USAGE_ELASTICITY);
        }
        return out;
    }

    /** The levers whose reference prices default to the model's own default prices. */
    public List<ParamDef> levers() {
        return unitPrice == null ? List.of(price) : List.of(price, unitPrice);
    }

    /** A price over its reference, bounded; 1 without a reference. */
    public static double ratio(double price, double reference) {
        if (!(reference > 0)) {
            return 1;
        }
        return Math.max(MIN_RATIO, Math.min(MAX_RATIO, price / reference));
    }

    @Override
    public Set<Factor> writes() {
        return Set.of(Factor.ACQUISITION, Factor.CHURN, Factor.USAGE);
    }

    @Override
    public Process start(Binding b) {
        int[] lever = slots(b, price);
        int[] leverRef = slots(b, reference(price));
        int[] acquisition = b.segmentParam(ELASTICITY.id());
        int[] churn = b.segmentParam(CHURN_ELASTICITY.id());
        int[] unit = unitPrice == null ? null : slots(b, unitPrice);
        int[] unitRef = unitPrice == null ? null : slots(b, reference(unitPrice));
        int[] usage = unitPrice == null ? null : b.segmentParam(USAGE_ELASTICITY.id());
        return new Process() {
            @Override
            public void reset(Month m) {
                // stateless
            }

            @Override
            public void month(Month m) {
                for (int s = 0; s < lever.length; s++) {
                    double unitRatio = unit == null ? 1 : ratio(m.get(unit[s]), m.get(unitRef[s]));
                    double reference = m.get(leverRef[s]);
                    double paid = m.get(lever[s]);
                    double r = reference > 0 && paid > 0 ? ratio(paid, reference) : unitRatio;
                    if (r != 1) {
                        double e = m.get(acquisition[s]);
                        double c = m.get(churn[s]);
                        // Skipped at 0, so elasticity 0 leaves every factor's bits untouched.
                        if (e != 0) {
                            m.acquisitionFactor[s] *= Math.pow(r, -e);
                        }
                        if (c != 0) {
                            m.churnFactor[s] *= Math.pow(r, c);
                        }
                    }
                    if (unitRatio != 1) {
                        double u = m.get(usage[s]);
                        if (u != 0) {
                            m.usageFactor[s] *= Math.pow(unitRatio, -u);
                        }
                    }
                }
            }
        };
    }

    /** Per-segment slots of a parameter, the one global slot repeated for a business-wide one. */
    private static int[] slots(Binding b, ParamDef def) {
        if (def.perSegment()) {
            return b.segmentParam(def.id());
        }
        int[] out = new int[b.segments()];
        Arrays.fill(out, b.param(def.id()));
        return out;
    }
}
