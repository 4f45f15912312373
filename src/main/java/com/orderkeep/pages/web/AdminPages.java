package com.orderkeep.pages.web;

import java.util.Comparator;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.orderkeep.ordering.figures.OrderFigures;
import com.orderkeep.payment.PaymentManagement;
import com.orderkeep.protection.BuyerProtection;
import com.orderkeep.protection.RuleCode;
import com.orderkeep.protection.RuleVersion;
import com.orderkeep.shared.Caller;

/**
 * The platform's desk: the marketplace's figures (those of {@code /api/admin/stats}) and the compensation rules, with
 * a form to publish a rule's next version.
 */
@Controller
class AdminPages {

	private final OrderFigures orders;
	private final BuyerProtection protection;
	private final PaymentManagement payments;

	AdminPages(OrderFigures orders, BuyerProtection protection, PaymentManagement payments) {
		this.orders = orders;
		this.protection = protection;
		this.payments = payments;
	}

	@GetMapping("/admin")
	String desk(Model model) {
		model.addAttribute("ordersByStatus", orders.byStatus());
		model.addAttribute("delistingsAfterOrder", orders.affectedByDelisting());
		model.addAttribute("figures", protection.figures());
		model.addAttribute("paymentIncidents", payments.incidents(0, 1).total());
		model.addAttribute("rules", protection.rules().stream()
			.sorted(Comparator.comparing(RuleVersion::ruleCode).thenComparing(RuleVersion::version, Comparator.reverseOrder()))
			.toList());
		model.addAttribute("ruleCodes", RuleCode.values());
		return "admin";
	}

	@PostMapping("/admin/rules")
	String publish(Caller admin, @RequestParam RuleCode ruleCode, @RequestParam int percent, @RequestParam long minFen,
			@RequestParam(required = false) @Nullable Long maxFen) {
		protection.publish(ruleCode, percent, minFen, maxFen, null, admin.actor());
		return "redirect:/admin";
	}
}
