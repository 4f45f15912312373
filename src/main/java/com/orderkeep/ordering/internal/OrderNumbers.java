package com.orderkeep.ordering.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Order numbers people read out to customer service: the day in China, then twelve random digits. A clash is caught
 * by the unique constraint and the batch retried with fresh numbers.
 */
final class OrderNumbers {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneId.of("Asia/Shanghai"));
	private static final SecureRandom random = new SecureRandom();

	private OrderNumbers() {
	}

	static String next(Instant at) {
		return DAY.format(at) + String.format("%012d", random.nextLong(1_000_000_000_000L));
	}
}
