package dev.scalesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentsTest {
    private static double mean(Segment s, String param) {
        return s.defaults().get(param).value().mean();
    }

    @Test
    void eachPresetUsesItsOwnChannelAndSwitchesTheOthersOff() {
        for (Segment s : List.of(Segments.developers(), Segments.smb(), Segments.consumers())) {
            assertEquals(0, mean(s, "leads_per_month"), s.id() + " is self-serve");
            assertEquals(0, mean(s, "sales_team_cost"), s.id());
            assertTrue(mean(s, "free_signups") > 0 || mean(s, "marketing_budget") > 0, s.id());
        }
        for (Segment s : List.of(Segments.enterprise(), Segments.midmarket())) {
            assertEquals(0, mean(s, "marketing_budget"), s.id() + " is sold directly");
            assertEquals(0, mean(s, "free_signups"), s.id());
            assertTrue(mean(s, "leads_per_month") > 0 && mean(s, "sales_team_cost") > 0, s.id());
            assertEquals(12, mean(s, "contract_months"), s.id());
        }
    }

    @Test
    void churnAndPriceFollowTheSegmentsBenchmarks() {
        assertTrue(mean(Segments.enterprise(), "monthly_churn") < mean(Segments.midmarket(), "monthly_churn"));
        assertTrue(mean(Segments.midmarket(), "monthly_churn") < mean(Segments.smb(), "monthly_churn"));
        assertTrue(mean(Segments.smb(), "monthly_churn") < mean(Segments.consumers(), "monthly_churn"));
        assertEquals(100, mean(Segments.smb(), "price"), "seed: $100/month/user");
        assertEquals(10, mean(Segments.consumers(), "price"), "seed: consumers $10/month");
        assertEquals(0.01, mean(Segments.developers(), "unit_price"), "seed: developers $0.01 per call");
        for (Segment s : List.of(Segments.developers(), Segments.smb(), Segments.midmarket(), Segments.enterprise(),
                Segments.consumers())) {
            s.defaults().forEach((param, d) -> assertTrue(!d.source().isBlank(), s.id() + "." + param));
        }
    }

    @Test
    void aModelReplacesAPresetFigureWithItsOwn() {
        Segment s = Segments.smb().with("price", 49, "our list price");
        assertEquals(49, mean(s, "price"));
        assertEquals("our list price", s.defaults().get("price").source());
        assertEquals(mean(Segments.smb(), "cac"), mean(s, "cac"), "the rest of the preset stays");
    }
}
