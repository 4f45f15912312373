package com.orderkeep.pages.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.orderkeep.ordering.CancelReason;
import com.orderkeep.ordering.OrderManagement;
import com.orderkeep.protection.BuyerProtection;
import com.orderkeep.shared.Caller;

/**
 * The merchant's desk: the shop's orders, those hit by a delisting with the time they must ship by, shipping and
 * cancelling with a reason, and the deposit that funds the platform's compensations.
 */
@Controller
class MerchantPages {

	private static final int SHOWN = 50;

	private final OrderManagement orders;
	private final BuyerProtection protection;

	MerchantPages(OrderManagement orders, BuyerProtection protection) {
		this.orders = orders;
		this.protection = protection;
	}

	@GetMapping("/merchant")
	String desk(Caller merchant, Model model) {
		model.addAttribute("affected", orders.merchantOrders(merchant.shop(), null, true, 0, SHOWN));
		model.addAttribute("orders", orders.merchantOrders(merchant.shop(), null, false, 0, SHOWN));
		model.addAttribute("deposit", protection.deposit(merchant.shop()));
		model.addAttribute("reasons", new CancelReason[] { CancelReason.OUT_OF_STOCK, CancelReason.PRICE_ADJUSTMENT,
				CancelReason.QUALITY_ISSUE, CancelReason.OTHER });
		return "merchant";
	}

	@PostMapping("/merchant/orders/{orderId}/ship")
	String ship(@PathVariable String orderId, Caller merchant, @RequestParam String carrier,
			@RequestParam String trackingNo) {
		orders.ship(orderId, merchant, carrier.strip(), trackingNo.strip());
		return "redirect:/merchant";
	}

	@PostMapping("/merchant/orders/{orderId}/cancel")
	String cancel(@PathVariable String orderId, Caller merchant, @RequestParam CancelReason reasonCode,
			@RequestParam(defaultValue = "") String note) {
		orders.cancelByMerchant(orderId, merchant, reasonCode, note.strip());
		return "redirect:/merchant";
	}
}
