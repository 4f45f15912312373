package com.orderkeep.shared;

/**
 * Who caused a change: a person in some role, the platform's own rules, or the payment gateway.
 */
public record Actor(Kind kind, String id) {

	public static final Actor SYSTEM = new Actor(Kind.SYSTEM, "orderkeep");
	public static final Actor GATEWAY = new Actor(Kind.GATEWAY, "gateway");

	public enum Kind {
		BUYER, MERCHANT, AGENT, PLATFORM, SYSTEM, GATEWAY
	}

	public static Actor buyer(String userId) {
		return new Actor(Kind.BUYER, userId);
	}

	public static Actor merchant(String merchantId) {
		return new Actor(Kind.MERCHANT, merchantId);
	}

	/** The stored and shown form, {@code KIND:id}. */
	public String asText() {
		return kind + ":" + id;
	}

	public static Actor parse(String text) {
		int colon = text.indexOf(':');
		return new Actor(Kind.valueOf(text.substring(0, colon)), text.substring(colon + 1));
	}
}
