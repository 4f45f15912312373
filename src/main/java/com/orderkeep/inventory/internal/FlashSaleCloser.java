package com.orderkeep.inventory.internal;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.orderkeep.inventory.FlashSaleManagement;

/**
 * Ends flash sales when their window passes and gives what is unsold back to the SKU. Two nodes closing the same
 * sale cannot both return its units: the close is conditional on the sale still being open with what was read.
 */
@Component
class FlashSaleCloser {

	private static final Logger log = LoggerFactory.getLogger(FlashSaleCloser.class);

	private final FlashSaleManagement sales;
	private final Clock clock;

	FlashSaleCloser(FlashSaleManagement sales, Clock clock) {
		this.sales = sales;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${orderkeep.flash-sales.close-tick:1s}")
	void tick() {
		try {
			int closed = sales.closeEnded(clock.instant());
			if (closed > 0) {
				log.info("Closed {} ended flash sales", closed);
			}
		}
		catch (RuntimeException e) {
			log.warn("Ended flash sales not closed now, will retry: {}", e.toString());
		}
	}
}
