package dev.scalesim.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scalesim.kernel.Factor;
import dev.scalesim.kernel.Mechanism;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A model whose mechanisms set a factor after a mechanism that reads it is refused (the write
 * would do nothing); every shipped model lists its writers first.
 */
class MechanismOrderTest {

    @Test
    void everyShippedModelListsItsFactorWritersBeforeTheirReaders() {
        assertFalse(Catalog.models().isEmpty());
        for (BusinessModel m : Catalog.models()) {
            assertDoesNotThrow(() -> BusinessModel.validateOrder(m.id(), m.mechanisms()), m.id());
        }
    }

    @Test
    void aWriterMovedAfterItsReaderIsRefused() {
        BusinessModel model = Catalog.find(SubscriptionSaas.ID).orElseThrow();
        List<Mechanism> order = new ArrayList<>(model.mechanisms());
        int reader = indexReading(order, Factor.CHURN);
        int writer = -1;
        for (int i = 0; i < reader; i++) {
            if (order.get(i).writes().contains(Factor.CHURN)) {
                writer = i;
            }
        }
        assertTrue(writer >= 0, "the model sets churn before the cohort book reads it");
        Mechanism moved = order.remove(writer);
        order.add(moved);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new BusinessModel(model.id(), model.title(), model.summary(), model.revenueStreams(),
                        order, model.segments(), model.defaultSegments(), model.defaults(),
                        model.challenges(), model.solutions(), model.views()));
        assertTrue(e.getMessage().contains(moved.id() + " writes the ")
                && e.getMessage().contains(" factor after "), e.getMessage());
    }

    @Test
    void theSameModelInItsOwnOrderStillBuilds() {
        BusinessModel model = Catalog.find(SubscriptionSaas.ID).orElseThrow();
        assertDoesNotThrow(() -> new BusinessModel(model.id(), model.title(), model.summary(),
                model.revenueStreams(), model.mechanisms(), model.segments(), model.defaultSegments(),
                model.defaults(), model.challenges(), model.solutions(), model.views()));
    }

    private static int indexReading(List<Mechanism> order, Factor f) {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).reads().contains(f)) {
                return i;
            }
        }
        throw new AssertionError("no mechanism reads " + f);
    }
}
