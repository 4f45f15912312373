package com.orderkeep.dashboard.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderkeep.dashboard.PlatformFigures;
import com.orderkeep.groupbuy.GroupBuy;
import com.orderkeep.ordering.figures.OrderFigures;
import com.orderkeep.payment.PaymentManagement;
import com.orderkeep.protection.BuyerProtection;

@Service
@Transactional(readOnly = true)
class PlatformFiguresImpl implements PlatformFigures {

	private final OrderFigures orders;
	private final BuyerProtection protection;
	private final PaymentManagement payments;
	private final GroupBuy groups;
	private final Clock clock;

	PlatformFiguresImpl(OrderFigures orders, BuyerProtection protection, PaymentManagement payments, GroupBuy groups,
			Clock clock) {
		this.orders = orders;
		this.protection = protection;
		this.payments = payments;
		this.groups = groups;
		this.clock = clock;
	}

	@Override
	public Figures figures() {
		BuyerProtection.Figures rules = protection.figures();
		GroupBuy.Figures groupFigures = groups.figures();
		return new Figures(orders.byStatus(), orders.affectedByDelisting(), rules.compensations(), payments.refunds(),
				rules.advancesOutstandingFen(), rules.merchantsFlaggedForBadFaith(), payments.incidents(0, 1).total(),
				lastDays(), groupFigures.formed(), groupFigures.failed());
	}

	private List<Day> lastDays() {
		LocalDate today = LocalDate.ofInstant(clock.instant(), MARKET_TIME);
		List<Instant> boundaries = new ArrayList<>();
		for (int back = DAYS_SHOWN - 1; back >= -1; back--) {
			boundaries.add(today.minusDays(back).atStartOfDay(MARKET_TIME).toInstant());
		}
		return orders.placedIn(boundaries).stream()
			.map(period -> new Day(LocalDate.ofInstant(period.from(), MARKET_TIME), period.byStatus(),
					period.affectedByDelisting()))
			.toList();
	}
}
