package com.orderkeep.pages.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.orderkeep.catalog.CatalogManagement;
import com.orderkeep.catalog.DelistReason;
import com.orderkeep.catalog.ProductView;
import com.orderkeep.ordering.CancelReason;
import com.orderkeep.ordering.OrderManagement;
import com.orderkeep.ordering.OrderStatus;
import com.orderkeep.protection.BuyerProtection;
import com.orderkeep.shared.Caller;

import jakarta.validation.Valid;

/**
 * The merchant's desk: the shop's orders (all, or those in one status), those hit by a delisting with the time they must ship by, shipping and
 * cancelling with a reason, and the deposit that funds the platform's compensations.
 */
@Controller
class MerchantPages {

	private static final int SHOWN = 50;

	private final OrderManagement orders;
	private final BuyerProtection protection;
	private final CatalogManagement catalog;

	MerchantPages(OrderManagement orders, BuyerProtection protection, CatalogManagement catalog) {
		this.orders = orders;
		this.protection = protection;
		this.catalog = catalog;
	}

	@GetMapping("/merchant")
	String desk(Caller merchant, @RequestParam(required = false) @Nullable OrderStatus status, Model model) {
		model.addAttribute("affected", orders.merchantOrders(merchant.shop(), null, true, 0, SHOWN));
		model.addAttribute("orders", orders.merchantOrders(merchant.shop(), status, false, 0, SHOWN));
		model.addAttribute("statuses", OrderStatus.values());
		model.addAttribute("shownStatus", status);
		model.addAttribute("deposit", protection.deposit(merchant.shop()));
		model.addAttribute("products", catalog.productsOf(merchant.shop(), SHOWN));
		model.addAttribute("delistReasons", DelistReason.values());
		// a top-up form sent twice (a double click, a reload) tops up once
		model.addAttribute("topUpKey", UUID.randomUUID().toString());
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

	@PostMapping("/merchant/products")
	String createProduct(Caller merchant, @Valid MerchantForms.NewProductForm form) {
		ProductView created = catalog.createProduct(merchant.shop(), form.toNewProduct());
		return "redirect:/merchant#product-" + created.productId();
	}

	@PostMapping("/merchant/products/{productId}/delist")
	String delist(@PathVariable String productId, Caller merchant, @Valid MerchantForms.DelistForm form) {
		catalog.delist(merchant.shop(), productId, form.reasonCode(), form.note() == null ? "" : form.note().strip(),
				merchant.actor());
		return "redirect:/merchant#product-" + productId;
	}

	@PostMapping("/merchant/products/{productId}/relist")
	String relist(@PathVariable String productId, Caller merchant) {
		catalog.relist(merchant.shop(), productId, List.of(), merchant.actor());
		return "redirect:/merchant#product-" + productId;
	}

	@PostMapping("/merchant/skus/{skuId}/price")
	String reprice(@PathVariable String skuId, Caller merchant, @Valid MerchantForms.PriceForm form) {
		catalog.reprice(merchant.shop(), skuId, MerchantForms.fen(form.price()));
		return "redirect:/merchant#products";
	}

	@PostMapping("/merchant/skus/{skuId}/restock")
	String restock(@PathVariable String skuId, Caller merchant, @Valid MerchantForms.RestockForm form) {
		catalog.restock(merchant.shop(), skuId, form.quantity());
		return "redirect:/merchant#products";
	}

	@PostMapping("/merchant/deposit/top-up")
	String topUp(Caller merchant, @Valid MerchantForms.TopUpForm form) {
		protection.topUp(merchant.shop(), form.idempotencyKey(), MerchantForms.fen(form.amount()));
		return "redirect:/merchant#deposit";
	}
}
