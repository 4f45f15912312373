package com.orderkeep.shared;

import org.jspecify.annotations.Nullable;

/**
 * The signed-in user behind a request; a merchant's user also carries the merchant it acts for.
 */
public record Caller(String userId, String username, Role role, @Nullable String merchantId) {

	public boolean is(Role expected) {
		return role == expected;
	}

	/** The merchant this caller acts for; a user who acts for none has no shop to act on. */
	public String shop() {
		if (merchantId == null) {
			throw ProblemException.notFound(Things.SHOP_OF_USER, userId);
		}
		return merchantId;
	}

	/** The actor this caller appears as on an order's timeline. */
	public Actor actor() {
		return switch (role) {
			case BUYER -> Actor.buyer(userId);
			case MERCHANT -> Actor.merchant(merchantId == null ? userId : merchantId);
			case AGENT -> new Actor(Actor.Kind.AGENT, userId);
			case ADMIN -> new Actor(Actor.Kind.PLATFORM, userId);
		};
	}
}
