package com.orderkeep.account;

import org.jspecify.annotations.Nullable;

import com.orderkeep.shared.Role;

/**
 * Creates accounts and signs users in.
 */
public interface AccountManagement {

	/** Opens a buyer account and signs it in; a taken username is a {@code CONFLICT}. */
	SignedIn register(String username, String password);

	/** Signs a user in with a password; a wrong one is {@code UNAUTHENTICATED}. */
	SignedIn signIn(String username, String password);

	/** Opens an account of any role, for the platform's own use; returns the new user's id. */
	String createUser(String username, String password, Role role, @Nullable String merchantId);

	/** A signed-in user and the bearer token that proves it. */
	record SignedIn(String userId, String token, Role role) {
	}
}
