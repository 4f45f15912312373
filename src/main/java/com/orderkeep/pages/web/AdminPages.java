package com.orderkeep.pages.web;

import java.util.Comparator;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.orderkeep.dashboard.PlatformFigures;
import com.orderkeep.ordering.OrderStatus;
import com.orderkeep.protection.BuyerProtection;
import com.orderkeep.protection.RuleCode;
import com.orderkeep.protection.RuleVersion;
import com.orderkeep.shared.Caller;
import com.orderkeep.shared.LocalizedText;

/**
 * The platform's desk: the marketplace's figures (those of {@code /api/admin/stats}) in tables and charts, and the
 * compensation rules, with a form to publish a rule's next version.
 */
@Controller
class AdminPages {

	private final PlatformFigures figures;
	private final BuyerProtection protection;

	AdminPages(PlatformFigures figures, BuyerProtection protection) {
		this.figures = figures;
		this.protection = protection;
	}

	/** Compensations paid under one rule, with the rule's name in both languages. */
	public record RuleRow(String ruleCode, LocalizedText title, long count, long amountFen) {
	}

	@GetMapping("/admin")
	String desk(Model model) {
		PlatformFigures.Figures now = figures.figures();
		model.addAttribute("figures", now);
		model.addAttribute("statuses", OrderStatus.values());
		model.addAttribute("compensations", now.compensations().stream()
			.map(f -> new RuleRow(f.ruleCode(), title(f.ruleCode()), f.count(), f.amountFen()))
			.toList());
		model.addAttribute("compensatedFen", now.compensations().stream().mapToLong(f -> f.amountFen()).sum());
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

	private static LocalizedText title(String ruleCode) {
		for (RuleCode each : RuleCode.values()) {
			if (each.name().equals(ruleCode)) {
				return each.title();
			}
		}
		return new LocalizedText(ruleCode, ruleCode);
	}
}
