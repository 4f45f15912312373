package com.orderkeep.pages.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.orderkeep.ordering.CancelReason;
import com.orderkeep.ordering.OrderManagement;
import com.orderkeep.ordering.OrderStatus;
import com.orderkeep.ordering.OrderView;
import com.orderkeep.payment.PaymentManagement;
import com.orderkeep.protection.BuyerProtection;
import com.orderkeep.shared.Caller;
import com.orderkeep.shared.LocalizedText;

/**
 * The buyer's orders: the list with a tab per status and its count, and one order with everything that happened to
 * it, what it paid, what came back and what is due when. Another buyer's order is not found.
 */
@Controller
class OrderPages {

	private static final int SHOWN = 50;

	private final OrderManagement orders;
	private final PaymentManagement payments;
	private final BuyerProtection protection;
	private final ShopStanding standing;

	OrderPages(OrderManagement orders, PaymentManagement payments, BuyerProtection protection, ShopStanding standing) {
		this.orders = orders;
		this.payments = payments;
		this.protection = protection;
		this.standing = standing;
	}

	/** A tab of "my orders": a status (none for all), its label and how many orders it holds. */
	public record Tab(@Nullable String status, LocalizedText label, long count, boolean active) {
	}

	@GetMapping("/orders")
	String list(Caller buyer, @RequestParam(required = false) @Nullable String status, Model model) {
		OrderStatus chosen = status(status);
		List<Tab> tabs = new ArrayList<>();
		tabs.add(new Tab(null, new LocalizedText("全部", "All"), orders.buyerOrders(buyer.userId(), null, 0, 1).total(),
				chosen == null));
		for (OrderStatus each : OrderStatus.values()) {
			tabs.add(new Tab(each.name(), each.label(), orders.buyerOrders(buyer.userId(), each, 0, 1).total(),
					each == chosen));
		}
		model.addAttribute("tabs", tabs);
		model.addAttribute("orders", orders.buyerOrders(buyer.userId(), chosen, 0, SHOWN));
		return "orders";
	}

	@GetMapping("/orders/{orderId}")
	String order(@PathVariable String orderId, Caller buyer, Model model) {
		OrderView order = orders.order(orderId, buyer);
		model.addAttribute("order", order);
		model.addAttribute("claimKey", UUID.randomUUID().toString());
		// the claim button is shown where a claim would be granted now, with what it would bring back
		long claimDue = order.payment().paidFen() > 0 && order.status() != OrderStatus.CANCELLED
				? protection.priceProtectionDue(orderId, buyer) : 0;
		model.addAttribute("claimDue", claimDue);
		model.addAttribute("mayClaim", claimDue > 0);
		model.addAttribute("mayCancel", order.status() == OrderStatus.PENDING_PAYMENT || order.status() == OrderStatus.GROUPING
				|| order.status() == OrderStatus.TO_SHIP);
		model.addAttribute("reputation", standing.of(order.merchantId()));
		model.addAttribute("alternatives", order.affectedByDelisting() || order.status() == OrderStatus.CANCELLED
				? standing.alternativesTo(order, buyer) : java.util.List.of());
		return "order";
	}

	@PostMapping("/orders/{orderId}/pay")
	String pay(@PathVariable String orderId, Caller buyer) {
		payments.pay(orderId, buyer);
		return "redirect:/orders/" + orderId;
	}

	@PostMapping("/orders/{orderId}/cancel")
	String cancel(@PathVariable String orderId, Caller buyer) {
		orders.cancelByBuyer(orderId, buyer, CancelReason.CHANGED_MIND);
		return "redirect:/orders/" + orderId;
	}

	@PostMapping("/orders/{orderId}/confirm-receipt")
	String confirmReceipt(@PathVariable String orderId, Caller buyer) {
		orders.confirmReceipt(orderId, buyer);
		return "redirect:/orders/" + orderId;
	}

	@PostMapping("/orders/{orderId}/price-protection")
	String claimPriceProtection(@PathVariable String orderId, Caller buyer, @RequestParam String idempotencyKey,
			RedirectAttributes redirect) {
		String key = idempotencyKey.isBlank() || idempotencyKey.length() > 64 ? UUID.randomUUID().toString() : idempotencyKey;
		redirect.addFlashAttribute("claim", protection.claimPriceProtection(orderId, buyer, key).claim());
		return "redirect:/orders/" + orderId;
	}

	private static @Nullable OrderStatus status(@Nullable String status) {
		for (OrderStatus each : OrderStatus.values()) {
			if (each.name().equals(status)) {
				return each;
			}
		}
		return null;
	}
}
