package dev.scalesim.cli;

import dev.scalesim.model.BusinessModel;
import dev.scalesim.model.Catalog;
import dev.scalesim.scenario.Suggest;

/** Looks a model up for a command, or fails with the nearest id. */
final class Models {
    private Models() {
    }

    static BusinessModel find(String id) {
        return Catalog.find(id).orElseThrow(() -> new UserException("unknown model '" + id + "'"
                + Suggest.didYouMean(id, Catalog.ids()) + " (scalesim models lists them)"));
    }
}
