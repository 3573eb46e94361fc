package dev.scalesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalesim.kernel.Arm;
import dev.scalesim.kernel.Effect;
import dev.scalesim.kernel.Engine;
import dev.scalesim.kernel.Intervention;
import dev.scalesim.kernel.Mechanism;
import dev.scalesim.kernel.Outcomes;
import dev.scalesim.kernel.ParamDef;
import dev.scalesim.kernel.Results;
import dev.scalesim.kernel.Simulation;
import dev.scalesim.mechanism.PriceResponse;
import dev.scalesim.scenario.Scenario;
import dev.scalesim.stats.Distribution;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The economics mechanisms in every model of the catalogue. */
class EconomicsTest {
    static Stream<BusinessModel> models() {
        return Catalog.models().stream();
    }

    /** Every elasticity of the model set to 0 from month 1, on top of the arm's own effects. */
    private static Intervention inelastic(BusinessModel m) {
        List<Effect> zero = new ArrayList<>();
        for (ParamDef p : m.params()) {
            if (p.id().endsWith("price_elasticity")) {
                zero.add(Effect.of(p.id(), Effect.Op.SET, Distribution.constant(0)));
            }
        }
        return new Intervention("inelastic", zero, Distribution.constant(0), Distribution.constant(0), 1);
    }

    @ParameterizedTest
    @MethodSource("models")
    void elasticitiesOfZeroGiveExactlyTheModelWithoutAPriceResponse(BusinessModel m) throws Exception {
        // Exact equality needs no statistics: a few trials with every arm suffice.
        Scenario s = CatalogTest.example(m).withRun(24, 100, null);
        Simulation sim = s.simulation();
        List<Arm> arms = new ArrayList<>(List.of(Arm.baseline()));
        arms.add(new Arm("inelastic", List.of(inelastic(m))));
        for (Solution sol : m.solutions()) {
            arms.add(new Arm(sol.id(), List.of(inelastic(m), sol.intervention())));
        }
        List<Mechanism> without = sim.mechanisms().stream().filter(x -> !(x instanceof PriceResponse)).toList();
        assertTrue(without.size() < sim.mechanisms().size(), m.id() + " has a price response");
        Results with = Engine.run(new Simulation(sim.name(), sim.months(), sim.trials(), sim.seed(), sim.segments(),
                sim.params(), sim.mechanisms(), arms), 2);
        Results bare = Engine.run(new Simulation(sim.name(), sim.months(), sim.trials(), sim.seed(), sim.segments(),
                sim.params(), without, arms), 2);
        // Arm 0, the baseline, keeps its elasticities; every other arm has them at 0.
        for (int a = 1; a < arms.size(); a++) {
            for (int o = 0; o < Outcomes.COUNT; o++) {
                assertEquals(bare.outcomeMean(a, o), with.outcomeMean(a, o), 0,
                        m.id() + " " + arms.get(a).name() + " " + Outcomes.ALL.get(o).id());
                assertEquals(bare.outcomeQuantile(a, o, 0.5), with.outcomeQuantile(a, o, 0.5), 0);
            }
            for (int k = 0; k < bare.monthlyMetrics().size(); k++) {
                for (int t = 1; t <= sim.months(); t++) {
                    assertEquals(bare.monthlyMean(a, k, t), with.monthlyMean(a, k, t), 0);
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void referencePricesAreTheModelsOwnDefaultPrices(BusinessModel m) {
        PriceResponse response = m.mechanisms().stream().filter(PriceResponse.class::isInstance)
                .map(PriceResponse.class::cast).findFirst().orElseThrow();
        for (ParamDef lever : response.levers()) {
            List<String> owners = lever.perSegment() ? m.segments().stream().map(Segment::id).toList()
                    : Collections.singletonList(null);
            for (String segment : owners) {
                Distribution price = m.defaultFor(segment, lever.id()).value();
                double reference = m.defaultFor(segment, PriceResponse.reference(lever).id()).value().mean();
                assertEquals(price.isConstant() ? price.mean() : price.quantile(0.5), reference, 0,
                        m.id() + " " + segment + " " + lever.id());
            }
        }
    }
}
