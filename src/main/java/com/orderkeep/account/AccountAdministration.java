package com.orderkeep.account;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.orderkeep.shared.Caller;
import com.orderkeep.shared.Role;

/**
 * The platform's control over accounts. Disabling an account or changing its role ends every token issued to it
 * before, on every node, at the next request; a disabled merchant's shop stops selling ({@link ShopSuspension}).
 * No admin may disable or change the role of their own account, and the last enabled admin stays one.
 */
public interface AccountAdministration {

	AccountView account(String userId);

	/**
	 * The accounts whose username starts with the text (any, when blank), of the role (any, when null), newest first,
	 * at most {@code limit} of them.
	 */
	List<AccountView> accounts(@Nullable Role role, String usernameStart, int limit);

	/** Disables the account; doing so again changes nothing. */
	AccountView disable(String userId, Caller admin);

	/** Enables the account again; its old tokens stay refused, so its user signs in anew. */
	AccountView enable(String userId, Caller admin);

	/** Gives the account another role; a merchant's account keeps its role, since it belongs to its shop. */
	AccountView changeRole(String userId, Role role, Caller admin);
}
