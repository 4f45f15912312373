package com.orderkeep.pages.web;

import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.orderkeep.catalog.CatalogManagement;
import com.orderkeep.groupbuy.GroupBuy;
import com.orderkeep.groupbuy.GroupView;
import com.orderkeep.ordering.OrderManagement;
import com.orderkeep.ordering.PlaceOrder;
import com.orderkeep.ordering.Placement;
import com.orderkeep.shared.Caller;

/**
 * Group buy in the pages: starting or joining a group from a product's page, a group's share page (anyone may open
 * it; members' names masked) whose progress follows the group live, and the merchant's groups with their members'
 * orders. The forms carry an idempotency key made when the page was rendered, so a button clicked twice places one
 * order.
 */
@Controller
class GroupPages {

	private static final int SHOWN = 50;

	private final GroupBuy groups;
	private final CatalogManagement catalog;
	private final OrderManagement orders;

	GroupPages(GroupBuy groups, CatalogManagement catalog, OrderManagement orders) {
		this.groups = groups;
		this.catalog = catalog;
		this.orders = orders;
	}

	@PostMapping("/products/{productId}/group")
	String startOrJoin(@PathVariable String productId, Caller buyer, @RequestParam String skuId,
			@RequestParam(defaultValue = "") String groupId, @RequestParam String idempotencyKey,
			RedirectAttributes redirect) {
		if (idempotencyKey.isBlank() || idempotencyKey.length() > 64 || groupId.length() > 64) {
			redirect.addFlashAttribute("problem", "product.quantity.rule");
			return "redirect:/products/" + productId;
		}
		boolean start = groupId.isBlank();
		Placement placement = orders.place(new PlaceOrder(buyer.userId(), idempotencyKey, skuId, 1, null,
				start ? null : groupId, start));
		if (placement instanceof Placement.Placed placed) {
			return "redirect:/orders/" + placed.order().orderId();
		}
		redirect.addFlashAttribute("refusal", ((Placement.Refused) placement).text());
		return start ? "redirect:/products/" + productId : "redirect:/groups/" + groupId;
	}

	@GetMapping("/groups/{groupId}")
	String group(@PathVariable String groupId, Model model) {
		GroupView group = groups.group(groupId);
		model.addAttribute("group", group);
		model.addAttribute("product", catalog.product(group.productId()));
		model.addAttribute("joinKey", UUID.randomUUID().toString());
		return "group";
	}

	/** What the share and order pages poll to follow a group's progress. */
	@GetMapping("/groups/{groupId}/progress")
	@ResponseBody
	Map<String, Object> progress(@PathVariable String groupId) {
		GroupView group = groups.group(groupId);
		return Map.of("status", group.status().name(), "size", group.size(), "paidMembers", group.paidMembers(),
				"seatsHeld", group.seatsHeld());
	}

	@GetMapping("/merchant/groups")
	String merchantGroups(Caller merchant, Model model) {
		model.addAttribute("groups", groups.groupsOf(merchant.shop(), SHOWN));
		return "merchant-groups";
	}

	@PostMapping("/merchant/groups/{groupId}/complete")
	String complete(@PathVariable String groupId, Caller merchant) {
		groups.completeByMerchant(merchant.shop(), groupId);
		return "redirect:/merchant/groups#group-" + groupId;
	}
}
