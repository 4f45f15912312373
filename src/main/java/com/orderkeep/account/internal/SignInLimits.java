package com.orderkeep.account.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.orderkeep.shared.TokenBuckets;

/**
 * Token buckets (Bucket4j) of failed sign-ins per username and per client address, refilled on the application clock.
 * Usernames are counted whether or not they exist, so the limit tells nothing about which do. The buckets live in
 * this node's memory: with several nodes, each allows the configured failures. Buckets full again are dropped every
 * minute, so memory follows recent failures only.
 */
@Component
class SignInLimits {

	private final SignInProperties properties;
	private final TokenBuckets accounts;
	private final TokenBuckets addresses;

	SignInLimits(SignInProperties properties, Clock clock) {
		this.properties = properties;
		this.accounts = new TokenBuckets(properties.failuresPerAccount(), properties.period(), clock);
		this.addresses = new TokenBuckets(properties.failuresPerAddress(), properties.period(), clock);
	}

	/** How long the account or the address must wait before its next attempt; zero if it may try now. */
	Duration waitBefore(String usernameKey, String address) {
		if (!properties.enabled()) {
			return Duration.ZERO;
		}
		Duration account = accounts.waitFor(usernameKey);
		Duration fromAddress = addresses.waitFor(address);
		return account.compareTo(fromAddress) >= 0 ? account : fromAddress;
	}

	void failed(String usernameKey, String address) {
		if (properties.enabled()) {
			accounts.take(usernameKey);
			addresses.take(address);
		}
	}

	@Scheduled(fixedDelay = 60, timeUnit = TimeUnit.SECONDS)
	void forgetRecovered() {
		accounts.forgetFull();
		addresses.forgetFull();
	}
}
