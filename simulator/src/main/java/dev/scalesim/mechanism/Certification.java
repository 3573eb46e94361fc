package dev.scalesim.mechanism;

import dev.scalesim.kernel.AbstractMechanism;
import dev.scalesim.kernel.Binding;
import dev.scalesim.kernel.Factor;
import dev.scalesim.kernel.Metric;
import dev.scalesim.kernel.Month;
import dev.scalesim.kernel.ParamDef;
import dev.scalesim.kernel.Unit;
import java.util.List;
import java.util.Set;

/**
 * A compliance certificate (HIPAA and SOC 2 audits, HITRUST, a CE mark) that regulated buyers
 * require before they sign.
 *
 * <pre>
 *   certified share of month t:  k(t) = min(1, max(0, t - certification_months))
 *   acquisitionFactor_s *= uncertified_reach_s + (1 - uncertified_reach_s) k(t)
 * </pre>
 * Until the certificate arrives only {@code uncertified_reach} of a segment's demand can buy
 * (typically most small practices, few hospitals). The delay is uncertain: give
 * {@code certification_months} as a range and it is drawn once per trial. Runs before the
 * acquisition mechanisms.
 */
public final class Certification extends AbstractMechanism {
    public static final ParamDef MONTHS = ParamDef.global("certification_months", Unit.MONTHS,
            "months until the compliance certification is granted (0: already certified)").range(0, 240);
    public static final ParamDef REACH = ParamDef.segment("uncertified_reach", Unit.FRACTION,
            "share of the segment's demand that buys before certification");

    private static final List<Metric> METRICS = List.of(
            Metric.higher("certified", Unit.FRACTION, "1 once the compliance certification is granted"));

    public Certification() {
        super("certification", List.of(MONTHS, REACH), METRICS);
    }

    @Override
    public Set<Factor> writes() {
        return Set.of(Factor.ACQUISITION);
    }

    @Override
    public Process start(Binding b) {
        int months = b.param(MONTHS.id());
        int[] reach = b.segmentParam(REACH.id());
        int metric = b.metric("certified");
        return new Process() {
            @Override
            public void reset(Month m) {
                // stateless
            }

            @Override
            public void month(Month m) {
                double certified = Math.min(1, Math.max(0, m.t - m.get(months)));
                for (int s = 0; s < reach.length; s++) {
                    double r = m.get(reach[s]);
                    m.acquisitionFactor[s] *= r + (1 - r) * certified;
                }
                m.metrics[metric] = certified;
            }
        };
    }
}
