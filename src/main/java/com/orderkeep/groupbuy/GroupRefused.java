package com.orderkeep.groupbuy;

import com.orderkeep.shared.LocalizedText;
import com.orderkeep.shared.Refusal;
import com.orderkeep.shared.Things;

/** Group buy refused what it was asked; its web package answers each reason with its problem code. */
public class GroupRefused extends Refusal {

	public enum Reason {

		/** No such group, or none of the caller's shop. */
		NO_SUCH_GROUP,

		/** The group is complete, failed or past its deadline. */
		GROUP_CLOSED,

		/** Nobody has paid yet: there is nothing to ship. */
		NO_PAID_MEMBER
	}

	private final Reason reason;

	public GroupRefused(Reason reason, LocalizedText text) {
		super(reason, text, null);
		this.reason = reason;
	}

	public static GroupRefused noSuchGroup(String groupId) {
		return new GroupRefused(Reason.NO_SUCH_GROUP, Things.noSuch(Things.GROUP, groupId));
	}

	public Reason reason() {
		return reason;
	}
}
