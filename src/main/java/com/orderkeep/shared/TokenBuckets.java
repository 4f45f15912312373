package com.orderkeep.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;

/**
 * Token buckets (Bucket4j), one per key (a user, a username, a client address), each holding {@code capacity}
 * tokens regained evenly over {@code period} on the application clock, so tests move time instead of sleeping. They
 * live in this node's memory; {@link #forgetFull()}, called now and then, drops the buckets that are full again, so
 * memory follows recent clients only.
 */
public final class TokenBuckets {

	private final int capacity;
	private final Duration period;
	private final TimeMeter time;
	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	public TokenBuckets(int capacity, Duration period, Clock clock) {
		this.capacity = capacity;
		this.period = period;
		this.time = new ClockTimeMeter(clock);
	}

	/** Takes a token for the key; answers how long to wait for one if there is none, else zero. */
	public Duration take(String key) {
		ConsumptionProbe probe = bucket(key).tryConsumeAndReturnRemaining(1);
		return probe.isConsumed() ? Duration.ZERO : atLeastANanosecond(probe.getNanosToWaitForRefill());
	}

	/** How long until the key has a token, without taking one; zero if it has one now. */
	public Duration waitFor(String key) {
		Bucket bucket = buckets.get(key);
		if (bucket == null) {
			return Duration.ZERO;
		}
		EstimationProbe probe = bucket.estimateAbilityToConsume(1);
		return probe.canBeConsumed() ? Duration.ZERO : atLeastANanosecond(probe.getNanosToWaitForRefill());
	}

	/** Drops the buckets that are full again: a key seen again gets a new full one, which is the same. */
	public void forgetFull() {
		buckets.entrySet().removeIf(entry -> entry.getValue().getAvailableTokens() >= capacity);
	}

	private Bucket bucket(String key) {
		return buckets.computeIfAbsent(key, k -> Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
			.withCustomTimePrecision(time)
			.build());
	}

	private static Duration atLeastANanosecond(long nanos) {
		return Duration.ofNanos(Math.max(1, nanos));
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
