package com.orderkeep.groupbuy;

import java.util.List;

/**
 * Groups as buyers and merchants see them, and the merchant's choice to ship a group before it fills. Groups are
 * started and joined by placing an order ({@code startGroup}, {@code groupId}).
 */
public interface GroupBuy {

	/** The group, any status; {@code NO_SUCH_GROUP} when there is none. */
	GroupView group(String groupId);

	/** The product's open groups that still have a free seat, the soonest to expire first. */
	List<GroupView> openGroups(String productId);

	/** The merchant's groups, newest first, each with its members' order ids. */
	List<MerchantGroup> groupsOf(String merchantId, int limit);

	/**
	 * The merchant ships its open group before it fills, at the group price (成团 by the merchant): paid members move
	 * to TO_SHIP, unpaid ones are cancelled; {@link GroupCompleted} follows.
	 */
	GroupView completeByMerchant(String merchantId, String groupId);

	/** Groups formed (complete) and failed, for the platform's figures. */
	Figures figures();

	record MerchantGroup(GroupView group, List<String> orderIds) {
	}

	record Figures(long formed, long failed, long open) {
	}
}
