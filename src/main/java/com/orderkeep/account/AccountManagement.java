package com.orderkeep.account;

import org.jspecify.annotations.Nullable;

import com.orderkeep.shared.Role;

/**
 * Creates accounts and signs users in.
 */
public interface AccountManagement {

	/** Opens a buyer account and signs it in; a username taken by the same normalised name is {@code USERNAME_TAKEN}. */
	SignedIn register(String username, String password);

	/**
	 * Signs a user in with a password; a wrong one is {@code UNAUTHENTICATED}, and too many wrong ones for the account
	 * or from the address are {@code RATE_LIMITED}.
	 */
	SignedIn signIn(String username, String password, String address);

	/** Opens an account of any role, for the platform's own use; returns the new user's id. */
	String createUser(String username, String password, Role role, @Nullable String merchantId);

	/** A signed-in user and the bearer token that proves it. */
	record SignedIn(String userId, String token, Role role) {
	}
}
