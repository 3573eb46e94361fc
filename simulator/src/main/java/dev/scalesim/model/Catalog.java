package dev.scalesim.model;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every business model scalesim knows, in the order {@code models} lists them (the seed's).
 * Each gets the general strategies whose parameters it has ({@link GeneralStrategies}).
 */
public final class Catalog {
    private static final List<BusinessModel> MODELS = Stream.of(
            ApiAccess.model(),
            SubscriptionSaas.model(),
            EnterpriseLicensing.model(),
            CustomDevelopment.model(),
            TokenBased.model(),
            AiMarketplace.model(),
            DataMonetization.model(),
            AdSupported.model(),
            AiInfrastructure.model(),
            AiPlatform.model(),
            GenerativeAiSaas.model(),
            VerticalAiSaas.model())
            .map(GeneralStrategies::addTo).toList();

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
