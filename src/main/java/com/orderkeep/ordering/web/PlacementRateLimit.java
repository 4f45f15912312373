package com.orderkeep.ordering.web;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.orderkeep.shared.TokenBuckets;

/**
 * Token buckets (Bucket4j) per user and per client address for order placement, refilled on the application clock.
 * Buckets left full for a minute are dropped, so memory follows active clients only.
 */
@Component
class PlacementRateLimit {

	private final RateLimitProperties properties;
	private final TokenBuckets users;
	private final TokenBuckets addresses;

	PlacementRateLimit(RateLimitProperties properties, Clock clock) {
		this.properties = properties;
		this.users = new TokenBuckets(properties.perUserPerSecond(), Duration.ofSeconds(1), clock);
		this.addresses = new TokenBuckets(properties.perIpPerSecond(), Duration.ofSeconds(1), clock);
	}

	/** Takes one placement for the user and the address; returns how long to wait if either is spent. */
	Duration take(String userId, String address) {
		if (!properties.enabled()) {
			return Duration.ZERO;
		}
		Duration userWait = users.take(userId);
		return userWait.isZero() ? addresses.take(address) : userWait;
	}

	@Scheduled(fixedDelay = 60, timeUnit = TimeUnit.SECONDS)
	void forgetIdleClients() {
		users.forgetFull();
		addresses.forgetFull();
	}
}
