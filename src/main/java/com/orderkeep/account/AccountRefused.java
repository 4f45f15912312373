package com.orderkeep.account;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import com.orderkeep.shared.LocalizedText;
import com.orderkeep.shared.Refusal;

/**
 * Accounts refused what they were asked, for a reason in their own words; the account module's web package answers
 * each reason with its problem code.
 */
public class AccountRefused extends Refusal {

	public enum Reason {

		/** No such account, or a wrong password: which of the two is never told. */
		WRONG_CREDENTIALS,

		/** The platform disabled the account. */
		ACCOUNT_DISABLED,

		/** Too many failed sign-ins for the name or the address; {@link #retryAfter()} says until when. */
		TOO_MANY_FAILED_SIGN_INS,

		/** A username that, once normalised, is not one. */
		NAME_NOT_ALLOWED,

		/** Another account already has a name that reads the same. */
		USERNAME_TAKEN,

		/** No such user. */
		NO_SUCH_USER,

		/** Not for this account: an admin's own, the last enabled admin, a merchant's role. */
		NOT_FOR_THIS_ACCOUNT
	}

	private final Reason reason;

	public AccountRefused(Reason reason, LocalizedText text) {
		this(reason, text, null);
	}

	public AccountRefused(Reason reason, LocalizedText text, @Nullable Duration retryAfter) {
		super(reason, text, retryAfter);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}


}
