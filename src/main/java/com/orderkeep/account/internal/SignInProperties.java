package com.orderkeep.account.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on failed sign-ins, so passwords cannot be guessed at speed. An account allows a few failures, regained
 * evenly over the period; an address may carry many people (a campus, a carrier's NAT), so it allows more.
 *
 * @param enabled whether failed sign-ins are limited at all
 * @param failuresPerAccount failed sign-ins one username may have within the period
 * @param failuresPerAddress failed sign-ins one client address may make within the period
 * @param period the time in which the failures allowed are regained
 */
@ConfigurationProperties("orderkeep.sign-in")
record SignInProperties(@DefaultValue("true") boolean enabled, @DefaultValue("5") int failuresPerAccount,
		@DefaultValue("50") int failuresPerAddress, @DefaultValue("15m") Duration period) {
}
