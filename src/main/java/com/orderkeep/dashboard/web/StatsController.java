package com.orderkeep.dashboard.web;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.orderkeep.groupbuy.GroupBuy;
import com.orderkeep.ordering.OrderStatus;
import com.orderkeep.ordering.figures.OrderFigures;
import com.orderkeep.payment.PaymentManagement;
import com.orderkeep.protection.BuyerProtection;
import com.orderkeep.protection.BuyerProtection.RuleFigure;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Platform")
class StatsController {

	/**
	 * @param ordersByStatus how many orders are in each status
	 * @param delistingsAfterOrder orders whose product was delisted or banned after they were placed
	 * @param compensations compensations paid, by rule: how many and how much
	 * @param platformAdvancesOutstandingFen what the platform advanced in compensation that merchants still owe
	 * @param merchantsFlaggedForBadFaith merchants flagged for relisting dearer after cancelling for a price adjustment
	 * @param paymentIncidents money that did not fit its order, recorded for the platform to look into
	 * @param groupsFormed groups that completed (成团), by filling or by their merchant's choice
	 * @param groupsFailed groups that failed: their deadline passed, or their product left the market
	 */
	record Stats(Map<OrderStatus, Long> ordersByStatus, long delistingsAfterOrder, List<RuleFigure> compensations,
			long platformAdvancesOutstandingFen, long merchantsFlaggedForBadFaith, long paymentIncidents,
			long groupsFormed, long groupsFailed) {
	}

	private final OrderFigures orders;
	private final BuyerProtection protection;
	private final PaymentManagement payments;
	private final GroupBuy groups;

	StatsController(OrderFigures orders, BuyerProtection protection, PaymentManagement payments, GroupBuy groups) {
		this.groups = groups;
		this.orders = orders;
		this.protection = protection;
		this.payments = payments;
	}

	@GetMapping("/api/admin/stats")
	@Operation(summary = "The marketplace's figures: orders by status, delistings after order, compensations by rule, advances outstanding, flagged merchants, payment incidents, groups formed and failed")
	Stats stats() {
		BuyerProtection.Figures rules = protection.figures();
		GroupBuy.Figures groupFigures = groups.figures();
		return new Stats(orders.byStatus(), orders.affectedByDelisting(), rules.compensations(),
				rules.advancesOutstandingFen(), rules.merchantsFlaggedForBadFaith(),
				payments.incidents(0, 1).total(), groupFigures.formed(), groupFigures.failed());
	}
}
