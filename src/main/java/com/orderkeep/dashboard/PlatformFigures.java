package com.orderkeep.dashboard;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.orderkeep.ordering.OrderStatus;
import com.orderkeep.payment.PaymentManagement.RefundFigures;
import com.orderkeep.protection.BuyerProtection.RuleFigure;

/**
 * The marketplace's figures, gathered from the modules that keep them, as the platform's dashboard and
 * {@code /api/admin/stats} show them.
 */
public interface PlatformFigures {

	/** Where the marketplace trades: its days begin and end in China's time. */
	ZoneId MARKET_TIME = ZoneId.of("Asia/Shanghai");

	/** How many days of orders {@link #figures()} shows. */
	int DAYS_SHOWN = 14;

	/** The figures as they stand now, with the orders of the last {@link #DAYS_SHOWN} market days, today included. */
	Figures figures();

	/**
	 * @param ordersByStatus how many orders are in each status
	 * @param delistingsAfterOrder orders whose product was delisted or banned after they were placed
	 * @param compensations compensations paid, by rule: how many and how much
	 * @param refunds refunds paid to buyers: how many and how much
	 * @param platformAdvancesOutstandingFen what the platform advanced in compensation that merchants still owe
	 * @param merchantsFlaggedForBadFaith merchants flagged for relisting dearer after cancelling for a price adjustment
	 * @param paymentIncidents money that did not fit its order, recorded for the platform to look into
	 * @param ordersByDay the orders placed on each of the last days, oldest first
	 * @param groupsFormed groups that completed (成团), by filling or by their merchant's choice
	 * @param groupsFailed groups that failed: their deadline passed, or their product left the market
	 */
	record Figures(Map<OrderStatus, Long> ordersByStatus, long delistingsAfterOrder, List<RuleFigure> compensations,
			RefundFigures refunds, long platformAdvancesOutstandingFen, long merchantsFlaggedForBadFaith,
			long paymentIncidents, List<Day> ordersByDay, long groupsFormed, long groupsFailed) {
	}

	/**
	 * @param day the market day
	 * @param byStatus the orders placed that day, by the status each is in now
	 * @param delistingsAfterOrder how many of them had their product delisted or banned after they were placed
	 */
	record Day(LocalDate day, Map<OrderStatus, Long> byStatus, long delistingsAfterOrder) {
	}
}
