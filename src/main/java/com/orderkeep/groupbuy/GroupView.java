package com.orderkeep.groupbuy;

import java.time.Instant;
import java.util.List;

/**
 * A group as anyone may see it, through its share link: its size, how many seats are held (members paid or about to
 * pay) and how many have paid, its deadline, and its members with their names masked.
 *
 * @param seatsLeft seats nobody holds yet, while the group is open
 * @param priceFen what each member pays a unit
 * @param completedByMerchant the merchant shipped the group before it filled (成团 by the merchant)
 */
public record GroupView(String groupId, String skuId, String productId, int size, int paidMembers, int seatsHeld,
		int seatsLeft, GroupStatus status, long priceFen, Instant createdAt, Instant expiresAt, boolean completedByMerchant,
		List<Member> members) {

	public record Member(String maskedName, Instant joinedAt, boolean paid) {
	}
}
