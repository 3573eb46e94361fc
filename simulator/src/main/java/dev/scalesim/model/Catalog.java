package dev.scalesim.model;

import java.util.List;
import java.util.Optional;

/** Every business model scalesim knows, in the order {@code models} lists them. */
public final class Catalog {
    private static final List<BusinessModel> MODELS = List.of(SubscriptionSaas.model(),
            TokenBased.model(),
            AiMarketplace.model(),
            DataMonetization.model(),
            AdSupported.model(),
            AiInfrastructure.model());

    private Catalog() {
    }

    public static List<BusinessModel> models() {
        return MODELS;
    }

    public static Optional<BusinessModel> find(String id) {
        return MODELS.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public static List<String> ids() {
        return MODELS.stream().map(BusinessModel::id).toList();
    }
}
