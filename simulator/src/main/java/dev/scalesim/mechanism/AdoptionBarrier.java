package dev.scalesim.mechanism;

import dev.scalesim.kernel.AbstractMechanism;
import dev.scalesim.kernel.Binding;
import dev.scalesim.kernel.Factor;
import dev.scalesim.kernel.Month;
import dev.scalesim.kernel.ParamDef;
import dev.scalesim.kernel.Unit;
import java.util.List;
import java.util.Set;

/**
 * A technical barrier to adoption: a share of would-be customers abandons during setup (a
 * crypto wallet, keys, gas fees, an integration) and never arrives. Runs before the channels
 * ({@link Acquisition}, {@link FreemiumFunnel}), which scale their arrivals by it:
 * <pre>
 *   acquisitionFactor[s] *= 1 - adoption_dropoff[s]
 * </pre>
 * so arrivals stay Poisson with mean {@code rate (1 - adoption_dropoff)}. Acquisition spend is
 * unchanged: the barrier wastes part of it.
 */
public final class AdoptionBarrier extends AbstractMechanism {
    public static final ParamDef DROPOFF = ParamDef.segment("adoption_dropoff", Unit.FRACTION,
            "share of would-be customers lost to a technical setup barrier");

    public AdoptionBarrier() {
        super("adoption-barrier", List.of(DROPOFF), List.of());
    }

    @Override
    public Set<Factor> writes() {
        return Set.of(Factor.ACQUISITION);
    }

    @Override
    public Process start(Binding b) {
        int[] dropoff = b.segmentParam(DROPOFF.id());
        return new Process() {
            @Override
            public void reset(Month m) {
                // stateless
            }

            @Override
            public void month(Month m) {
                for (int s = 0; s < dropoff.length; s++) {
                    m.acquisitionFactor[s] *= 1 - m.get(dropoff[s]);
                }
            }
        };
    }
}
