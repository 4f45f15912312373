package com.orderkeep.ordering.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on order placement. A person does not place more than a few orders a second; a client address may carry
 * many people (a campus, a carrier's NAT), so its limit is higher. Load tests from one address switch it off.
 *
 * @param enabled whether placement is limited at all
 * @param perUserPerSecond placements one signed-in user may make per second, in a burst or spread
 * @param perIpPerSecond placements one client address may make per second
 */
@ConfigurationProperties("orderkeep.rate-limit")
record RateLimitProperties(@DefaultValue("true") boolean enabled, @DefaultValue("5") int perUserPerSecond,
		@DefaultValue("100") int perIpPerSecond) {
}
