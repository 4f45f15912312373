package com.orderkeep.protection.internal;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The platform's protection time limits.
 *
 * @param shipBy how long after payment a merchant has to ship, unless its product's category says otherwise
 * @param shipByCategory the shipping promise of particular categories, such as fresh food
 * @param delistingGrace the least time a merchant still has to ship after delisting a paid order's product
 * @param remindBefore how long before its shipping promise ends the merchant is reminded
 */
@ConfigurationProperties("orderkeep.protection")
record ProtectionProperties(@DefaultValue("48h") Duration shipBy, Map<String, Duration> shipByCategory,
		@DefaultValue("24h") Duration delistingGrace, @DefaultValue("12h") Duration remindBefore) {

	ProtectionProperties {
		shipByCategory = shipByCategory == null ? Map.of() : Map.copyOf(shipByCategory);
	}

	Duration shipBy(String category) {
		return shipByCategory.getOrDefault(category, shipBy);
	}
}
