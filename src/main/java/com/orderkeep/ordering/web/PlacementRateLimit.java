package com.orderkeep.ordering.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

/**
 * Token buckets (Bucket4j) per user and per client address for order placement, refilled on the application clock.
 * Buckets left full for a minute are dropped, so memory follows active clients only.
 */
@Component
class PlacementRateLimit {

	private final RateLimitProperties properties;
	private final TimeMeter time;
	private final Map<String, Bucket> users = new ConcurrentHashMap<>();
	private final Map<String, Bucket> addresses = new ConcurrentHashMap<>();

	PlacementRateLimit(RateLimitProperties properties, Clock clock) {
		this.properties = properties;
		this.time = new ClockTimeMeter(clock);
	}

	/** Takes one placement for the user and the address; returns how long to wait if either is spent. */
	Duration take(String userId, String address) {
		if (!properties.enabled()) {
			return Duration.ZERO;
		}
		Duration userWait = take(users, userId, properties.perUserPerSecond());
		return userWait.isZero() ? take(addresses, address, properties.perIpPerSecond()) : userWait;
	}

	private Duration take(Map<String, Bucket> buckets, String key, int perSecond) {
		Bucket bucket = buckets.computeIfAbsent(key, k -> Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(perSecond).refillGreedy(perSecond, Duration.ofSeconds(1)).build())
			.withCustomTimePrecision(time)
			.build());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(Math.max(1, probe.getNanosToWaitForRefill()));
	}

	@Scheduled(fixedDelay = 60, timeUnit = TimeUnit.SECONDS)
	void forgetIdleClients() {
		users.entrySet().removeIf(e -> e.getValue().getAvailableTokens() >= properties.perUserPerSecond());
		addresses.entrySet().removeIf(e -> e.getValue().getAvailableTokens() >= properties.perIpPerSecond());
	}

	private record ClockTimeMeter(Clock clock) implements TimeMeter {

		@Override
		public long currentTimeNanos() {
			Instant now = clock.instant();
			return TimeUnit.SECONDS.toNanos(now.getEpochSecond()) + now.getNano();
		}

		@Override
		public boolean isWallClockBased() {
			return true;
		}
	}
}
