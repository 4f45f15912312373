package com.orderkeep.account.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;

/**
 * Token buckets (Bucket4j) of failed sign-ins per username and per client address, refilled on the application clock.
 * Usernames are counted whether or not they exist, so the limit tells nothing about which do. The buckets live in
 * this node's memory: with several nodes, each allows the configured failures. Buckets full again are dropped every
 * minute, so memory follows recent failures only.
 */
@Component
class SignInLimits {

	private final SignInProperties properties;
	private final TimeMeter time;
	private final Map<String, Bucket> accounts = new ConcurrentHashMap<>();
	private final Map<String, Bucket> addresses = new ConcurrentHashMap<>();

	SignInLimits(SignInProperties properties, Clock clock) {
		this.properties = properties;
		this.time = new ClockTimeMeter(clock);
	}

	/** How long the account or the address must wait before its next attempt; zero if it may try now. */
	Duration waitBefore(String usernameKey, String address) {
		if (!properties.enabled()) {
			return Duration.ZERO;
		}
		Duration account = waitBefore(accounts.get(usernameKey));
		Duration fromAddress = waitBefore(addresses.get(address));
		return account.compareTo(fromAddress) >= 0 ? account : fromAddress;
	}

	void failed(String usernameKey, String address) {
		if (properties.enabled()) {
			accounts.computeIfAbsent(usernameKey, k -> bucket(properties.failuresPerAccount())).tryConsume(1);
			addresses.computeIfAbsent(address, k -> bucket(properties.failuresPerAddress())).tryConsume(1);
		}
	}

	private static Duration waitBefore(@Nullable Bucket bucket) {
		if (bucket == null) {
			return Duration.ZERO;
		}
		EstimationProbe probe = bucket.estimateAbilityToConsume(1);
		return probe.canBeConsumed() ? Duration.ZERO : Duration.ofNanos(Math.max(1, probe.getNanosToWaitForRefill()));
	}

	private Bucket bucket(int failures) {
		return Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(failures).refillGreedy(failures, properties.period()).build())
			.withCustomTimePrecision(time)
			.build();
	}

	@Scheduled(fixedDelay = 60, timeUnit = TimeUnit.SECONDS)
	void forgetRecovered() {
		accounts.entrySet().removeIf(e -> e.getValue().getAvailableTokens() >= properties.failuresPerAccount());
		addresses.entrySet().removeIf(e -> e.getValue().getAvailableTokens() >= properties.failuresPerAddress());
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
