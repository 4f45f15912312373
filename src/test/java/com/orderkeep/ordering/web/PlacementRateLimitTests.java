package com.orderkeep.ordering.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.orderkeep.support.MutableClock;

/**
 * A person cannot place ten orders a second; a client address carries more people, and a load test switches it off.
 */
class PlacementRateLimitTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-11T00:00:00Z"));

	@Test
	void refusesTheSixthPlacementOfAUserWithinASecondAndTellsHowLongToWait() {
		PlacementRateLimit limit = new PlacementRateLimit(new RateLimitProperties(true, 5, 100), clock);
		for (int i = 0; i < 5; i++) {
			assertThat(limit.take("buyer-1", "10.0.0.1")).isZero();
		}
		Duration wait = limit.take("buyer-1", "10.0.0.1");
		assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(1));
		assertThat(limit.take("buyer-2", "10.0.0.1")).as("another user at the same address").isZero();
	}

	@Test
	void refillsAsTheClockMoves() {
		PlacementRateLimit limit = new PlacementRateLimit(new RateLimitProperties(true, 5, 100), clock);
		for (int i = 0; i < 5; i++) {
			limit.take("buyer-1", "10.0.0.1");
		}
		assertThat(limit.take("buyer-1", "10.0.0.1")).isPositive();
		clock.advance(Duration.ofMillis(200));
		assertThat(limit.take("buyer-1", "10.0.0.1")).isZero();
		assertThat(limit.take("buyer-1", "10.0.0.1")).isPositive();
	}

	@Test
	void limitsAnAddressThatManyUsersShare() {
		PlacementRateLimit limit = new PlacementRateLimit(new RateLimitProperties(true, 5, 20), clock);
		for (int user = 0; user < 20; user++) {
			assertThat(limit.take("buyer-" + user, "10.0.0.9")).isZero();
		}
		assertThat(limit.take("buyer-21", "10.0.0.9")).isPositive();
		assertThat(limit.take("buyer-21", "10.0.0.10")).isZero();
	}

	@Test
	void letsEverythingThroughWhenSwitchedOff() {
		PlacementRateLimit limit = new PlacementRateLimit(new RateLimitProperties(false, 1, 1), clock);
		for (int i = 0; i < 1_000; i++) {
			assertThat(limit.take("load-test", "127.0.0.1")).isZero();
		}
	}
}
