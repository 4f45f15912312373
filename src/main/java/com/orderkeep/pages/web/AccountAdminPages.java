package com.orderkeep.pages.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.orderkeep.account.AccountAdministration;
import com.orderkeep.account.AccountManagement;
import com.orderkeep.account.AccountView;
import com.orderkeep.catalog.CatalogManagement;
import com.orderkeep.shared.Caller;
import com.orderkeep.shared.CleanText;
import com.orderkeep.shared.Role;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The platform's accounts: opening a shop with its merchant, creating a customer-service agent, and disabling,
 * enabling or changing the role of an account, found by the start of its username.
 */
@Controller
class AccountAdminPages {

	private static final int SHOWN = 50;

	private final AccountAdministration administration;
	private final AccountManagement accounts;
	private final CatalogManagement catalog;

	AccountAdminPages(AccountAdministration administration, AccountManagement accounts, CatalogManagement catalog) {
		this.administration = administration;
		this.accounts = accounts;
		this.catalog = catalog;
	}

	record NewAgent(@NotBlank @Size(min = 3, max = 32) @Pattern(regexp = "[\\p{L}\\p{N}_.-]+",
			message = "{orderkeep.username.pattern}") String username, @NotBlank @Size(min = 6, max = 72) String password) {
	}

	record NewShop(@NotBlank @Size(min = 3, max = 32) @Pattern(regexp = "[\\p{L}\\p{N}_.-]+",
			message = "{orderkeep.username.pattern}") String username, @NotBlank @Size(min = 6, max = 72) String password,
			@NotBlank @Size(max = 64) @CleanText String shopName) {
	}

	record RoleChange(@NotNull Role role) {
	}

	@GetMapping("/admin/accounts")
	String accounts(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) @Nullable String role,
			Model model) {
		Role chosen = role(role);
		String start = q.length() > 32 ? q.substring(0, 32) : q;
		model.addAttribute("q", start);
		model.addAttribute("role", chosen == null ? "" : chosen.name());
		model.addAttribute("roles", Role.values());
		model.addAttribute("accounts", administration.accounts(chosen, start, SHOWN));
		return "accounts";
	}

	@PostMapping("/admin/accounts/merchants")
	String openShop(@Valid NewShop shop, RedirectAttributes redirect) {
		catalog.openShop(shop.username(), shop.password(), shop.shopName().strip());
		return shown(shop.username(), redirect);
	}

	@PostMapping("/admin/accounts/agents")
	String createAgent(@Valid NewAgent agent, RedirectAttributes redirect) {
		accounts.createUser(agent.username(), agent.password(), Role.AGENT, null);
		return shown(agent.username(), redirect);
	}

	@PostMapping("/admin/accounts/{userId}/disable")
	String disable(@PathVariable String userId, Caller admin, RedirectAttributes redirect) {
		return shown(administration.disable(userId, admin), redirect);
	}

	@PostMapping("/admin/accounts/{userId}/enable")
	String enable(@PathVariable String userId, Caller admin, RedirectAttributes redirect) {
		return shown(administration.enable(userId, admin), redirect);
	}

	@PostMapping("/admin/accounts/{userId}/role")
	String changeRole(@PathVariable String userId, Caller admin, @Valid RoleChange change, RedirectAttributes redirect) {
		return shown(administration.changeRole(userId, change.role(), admin), redirect);
	}

	/** Back to the list, showing the account just changed. */
	private static String shown(AccountView account, RedirectAttributes redirect) {
		return shown(account.username(), redirect);
	}

	private static String shown(String username, RedirectAttributes redirect) {
		redirect.addAttribute("q", username);
		redirect.addFlashAttribute("done", username);
		return "redirect:/admin/accounts";
	}

	private static @Nullable Role role(@Nullable String role) {
		for (Role each : Role.values()) {
			if (each.name().equals(role)) {
				return each;
			}
		}
		return null;
	}
}
