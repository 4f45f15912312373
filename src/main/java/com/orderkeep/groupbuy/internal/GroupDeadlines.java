package com.orderkeep.groupbuy.internal;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import com.orderkeep.catalog.ProductBanned;
import com.orderkeep.catalog.ProductDelisted;

/**
 * Settles groups when they are due: a group whose paid members reached its size completes as soon as that payment
 * committed (and, should that be lost to a crash, at the next tick), a group past its deadline fails at the next tick,
 * and the groups of a product that leaves the market fail at once. Each group settles in its own transaction; its
 * row is the durable deadline, and its conditional update decides which node settles it.
 */
@Component
class GroupDeadlines {

	private static final Logger log = LoggerFactory.getLogger(GroupDeadlines.class);
	private static final int PER_TICK = 200;
	private static final int ATTEMPTS = 5;

	private final Groups groups;
	private final GroupSettlement settlement;
	private final Clock clock;

	GroupDeadlines(Groups groups, GroupSettlement settlement, Clock clock) {
		this.groups = groups;
		this.settlement = settlement;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${orderkeep.groupbuy.tick:1s}")
	void tick() {
		settleDue();
	}

	/** Settles every group due by the clock's now; answers how many settled here. */
	int settleDue() {
		int settled = 0;
		try {
			for (String groupId : groups.due(clock.instant(), PER_TICK)) {
				try {
					if (settlement.settle(groupId)) {
						settled++;
					}
				}
				catch (RuntimeException e) {
					log.warn("Group {} not settled, will retry: {}", groupId, e.toString());
				}
			}
		}
		catch (RuntimeException e) {
			log.warn("Groups due not read, will retry: {}", e.toString());
		}
		return settled;
	}

	@ApplicationModuleListener(id = "groupbuy.complete-filled-group", propagation = Propagation.NOT_SUPPORTED)
	void on(GroupFilled filled) {
		raced(() -> settlement.settle(filled.groupId()));
	}

	@ApplicationModuleListener(id = "groupbuy.fail-groups-of-delisted-product", propagation = Propagation.NOT_SUPPORTED)
	void on(ProductDelisted delisted) {
		failOpenGroups(delisted.productId());
	}

	@ApplicationModuleListener(id = "groupbuy.fail-groups-of-banned-product", propagation = Propagation.NOT_SUPPORTED)
	void on(ProductBanned banned) {
		failOpenGroups(banned.productId());
	}

	private void failOpenGroups(String productId) {
		groups.allOpenOf(productId).forEach(groupId -> raced(() -> settlement.failNow(groupId)));
	}

	/**
	 * Settles again at once when a member's order changed meanwhile (a refund or a delisting landing on it), rather
	 * than leave it to the next tick or the failed-publication retry.
	 */
	private static void raced(Runnable settle) {
		for (int attempt = 1;; attempt++) {
			try {
				settle.run();
				return;
			}
			catch (OptimisticLockingFailureException e) {
				if (attempt == ATTEMPTS) {
					throw e;
				}
			}
		}
	}
}
