package com.orderkeep.groupbuy.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.orderkeep.catalog.CatalogManagement;
import com.orderkeep.catalog.SkuForSale;
import com.orderkeep.groupbuy.GroupStatus;
import com.orderkeep.ordering.Placement;
import com.orderkeep.ordering.seats.GroupSeats;
import com.orderkeep.shared.Ids;
import com.orderkeep.shared.LocalizedText;
import com.orderkeep.shared.Things;

/**
 * Seats in groups, inside ordering's transactions: taken in the placement batch (joins in the order of their groups'
 * ids, so racing batches lock groups alike and never deadlock), counted paid in the payment's, freed in the cancel's.
 * A payment that fills its group announces it ({@link GroupFilled}); the group completes in a transaction of its own.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class GroupSeating implements GroupSeats {

	static final LocalizedText NOT_OFFERED = new LocalizedText("该商品不支持拼团", "This product offers no group buy");
	static final LocalizedText FULL = new LocalizedText("该团已满员，您可以开一个新团", "This group is full; you can start a new one");
	static final LocalizedText CLOSED = new LocalizedText("该团已结束（已成团、已失败或已过期），您可以开一个新团",
			"This group is closed (complete, failed or past its deadline); you can start a new one");
	static final LocalizedText MEMBER_ALREADY = new LocalizedText("您已在该团中，不能重复参团",
			"You are a member of this group already");

	private final Groups groups;
	private final CatalogManagement catalog;
	private final GroupBuyProperties properties;
	private final ApplicationEventPublisher events;

	GroupSeating(Groups groups, CatalogManagement catalog, GroupBuyProperties properties,
			ApplicationEventPublisher events) {
		this.groups = groups;
		this.catalog = catalog;
		this.properties = properties;
		this.events = events;
	}

	@Override
	public List<Seat> take(List<SeatRequest> requests, Instant now) {
		Seat[] seats = new Seat[requests.size()];
		Map<String, Optional<SkuForSale>> skus = new HashMap<>();
		List<Integer> joins = new ArrayList<>();
		for (int i = 0; i < requests.size(); i++) {
			SeatRequest request = requests.get(i);
			if (request.startsGroup()) {
				SkuForSale sku = skus.computeIfAbsent(request.skuId(), catalog::skuForSale).orElse(null);
				seats[i] = start(request, sku, now);
			}
			else {
				joins.add(i);
			}
		}
		joins.sort(Comparator.comparing(i -> requests.get(i).groupId()));
		for (int i : joins) {
			seats[i] = join(requests.get(i), now);
		}
		return List.of(seats);
	}

	private Seat start(SeatRequest request, SkuForSale sku, Instant now) {
		if (sku == null || sku.groupBuy() == null) {
			return new Seat.Refused(Placement.Reason.GROUP_BUY_NOT_OFFERED, NOT_OFFERED);
		}
		String groupId = Ids.next();
		groups.start(new Groups.NewGroup(groupId, sku.skuId(), sku.productId(), sku.merchantId(), request.buyerId(),
				sku.groupBuy().size(), sku.groupBuy().priceFen(), now, now.plus(properties.window())), request.orderId());
		return new Seat.Taken(groupId, sku.groupBuy().priceFen());
	}

	private Seat join(SeatRequest request, Instant now) {
		String groupId = request.groupId();
		if (groups.takeSeat(groupId, request.skuId(), request.buyerId(), request.orderId(), now)) {
			return new Seat.Taken(groupId, groups.find(groupId).orElseThrow().priceFen());
		}
		Groups.Group group = groups.find(groupId).filter(g -> g.skuId().equals(request.skuId())).orElse(null);
		if (group == null) {
			return new Seat.Refused(Placement.Reason.NO_SUCH_GROUP, Things.noSuch(Things.GROUP, groupId));
		}
		if (group.status() != GroupStatus.OPEN || !group.expiresAt().isAfter(now)) {
			return new Seat.Refused(Placement.Reason.GROUP_CLOSED, CLOSED);
		}
		if (group.seatsHeld() < group.size()) {
			return new Seat.Refused(Placement.Reason.GROUP_CLOSED, MEMBER_ALREADY);
		}
		return new Seat.Refused(Placement.Reason.GROUP_FULL, FULL);
	}

	@Override
	public void giveBack(List<String> orderIds) {
		orderIds.forEach(groups::giveBack);
	}

	@Override
	public PaidSeat paid(String orderId, String groupId, Instant at) {
		if (groups.countPayment(groupId, orderId, at)) {
			Groups.Group group = groups.find(groupId).orElseThrow();
			if (group.filled()) {
				events.publishEvent(new GroupFilled(groupId, at));
			}
			return PaidSeat.KEPT;
		}
		return groups.find(groupId).map(Groups.Group::status).orElse(GroupStatus.FAILED) == GroupStatus.COMPLETE
				? PaidSeat.GROUP_CLOSED : PaidSeat.GROUP_FAILED;
	}

	@Override
	public void released(String orderId, Instant at) {
		groups.release(orderId, at);
	}
}
