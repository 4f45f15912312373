package com.orderkeep.notification;

import java.time.Instant;
import java.util.List;

import com.orderkeep.shared.LocalizedText;

/**
 * One notification of an inbox, as the API shows it: what happened to which order, in words for people, and where
 * to look.
 */
public record Notification(String id, Instant at, String orderId, NotificationType type, LocalizedText title,
		LocalizedText body, boolean read, List<Link> links) {

	/** Where the reader can see more: {@code rel} says what, {@code href} is the API path. */
	public record Link(String rel, String href) {
	}
}
