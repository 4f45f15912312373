package com.orderkeep.notification.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The live stream's timing.
 *
 * @param pollInterval how often a node looks for newly committed notifications, whichever node wrote them
 * @param heartbeat how often a stream that has nothing to say sends a comment, so that proxies and clients see it alive
 * @param streamTimeout how long one connection to the stream lasts; the client then reconnects where it left off
 */
@ConfigurationProperties("orderkeep.notifications")
public record NotificationProperties(@DefaultValue("500ms") Duration pollInterval, @DefaultValue("15s") Duration heartbeat,
		@DefaultValue("30m") Duration streamTimeout) {

	public NotificationProperties {
		if (pollInterval.isNegative() || pollInterval.isZero() || heartbeat.isNegative() || heartbeat.isZero()
				|| streamTimeout.isNegative() || streamTimeout.isZero()) {
			throw new IllegalArgumentException("orderkeep.notifications: the intervals and the timeout are positive");
		}
	}
}
