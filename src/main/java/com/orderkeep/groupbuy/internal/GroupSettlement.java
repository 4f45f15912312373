package com.orderkeep.groupbuy.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.orderkeep.groupbuy.GroupCompleted;
import com.orderkeep.groupbuy.GroupFailed;
import com.orderkeep.ordering.grouping.GroupOrders;

/**
 * Settles one group in one transaction: the group's row first (a conditional update, so on any number of nodes one
 * settles it), then every member's order through ordering. A completed group's paid members all move to TO_SHIP, a
 * failed group's members are all cancelled and refunded; if any member's change fails, nothing of it commits and
 * the group is settled again later.
 */
@Component
@Transactional
class GroupSettlement {

	private static final Logger log = LoggerFactory.getLogger(GroupSettlement.class);

	private final Groups groups;
	private final GroupOrders orders;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	GroupSettlement(Groups groups, GroupOrders orders, ApplicationEventPublisher events, Clock clock) {
		this.groups = groups;
		this.orders = orders;
		this.events = events;
		this.clock = clock;
	}

	/** Completes a filled group, or fails one past its deadline; answers whether it settled here. */
	boolean settle(String groupId) {
		Groups.Group group = groups.find(groupId).orElse(null);
		if (group == null) {
			return false;
		}
		return group.filled() ? complete(group, false) : fail(group, false);
	}

	/** The merchant ships the open group before it fills; false when it is settled, past its deadline or unpaid. */
	boolean completeByMerchant(Groups.Group group) {
		return complete(group, true);
	}

	/** Fails the open group now, whatever its deadline (its product left the market). */
	boolean failNow(String groupId) {
		return groups.find(groupId).map(group -> fail(group, true)).orElse(false);
	}

	private boolean complete(Groups.Group group, boolean byMerchant) {
		Instant now = clock.instant();
		if (!groups.complete(group.id(), byMerchant, now)) {
			return false;
		}
		List<Groups.Member> members = groups.members(group.id());
		int paid = 0;
		for (Groups.Member member : members) {
			if (member.paid()) {
				orders.complete(member.orderId(), byMerchant);
				paid++;
			}
			else {
				orders.close(member.orderId(), false);
			}
		}
		log.info("Group {} complete{} with {} paid members", group.id(), byMerchant ? " by its merchant" : "", paid);
		events.publishEvent(new GroupCompleted(group.id(), group.productId(), group.merchantId(), paid, byMerchant, now));
		return true;
	}

	private boolean fail(Groups.Group group, boolean evenBeforeDeadline) {
		Instant now = clock.instant();
		if (!groups.fail(group.id(), evenBeforeDeadline, now)) {
			return false;
		}
		List<Groups.Member> members = groups.members(group.id());
		for (Groups.Member member : members) {
			orders.close(member.orderId(), true);
		}
		log.info("Group {} failed with {} of {} members paid", group.id(), group.paidMembers(), group.size());
		events.publishEvent(new GroupFailed(group.id(), group.productId(), group.merchantId(), group.paidMembers(), now));
		return true;
	}
}
