package com.orderkeep.account.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.orderkeep.account.AccountAdministration;
import com.orderkeep.account.AccountView;
import com.orderkeep.shared.Caller;
import com.orderkeep.shared.ProblemCode;
import com.orderkeep.shared.Refuses;
import com.orderkeep.shared.Role;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

@RestController
@RequestMapping("/api/admin/users/{userId}")
@Tag(name = "Platform")
class AdminAccountController {

	private final AccountAdministration accounts;

	AdminAccountController(AccountAdministration accounts) {
		this.accounts = accounts;
	}

	record RoleChange(@NotNull Role role) {
	}

	@GetMapping
	@Operation(summary = "An account: its role, whether it is enabled, and the shop of a merchant")
	AccountView account(@PathVariable String userId) {
		return accounts.account(userId);
	}

	@PostMapping("/disable")
	@Operation(summary = "Disable an account: its tokens are refused at once, and a merchant's products stop selling")
	@Refuses(ProblemCode.INVALID_STATE)
	AccountView disable(Caller admin, @PathVariable String userId) {
		return accounts.disable(userId, admin);
	}

	@PostMapping("/enable")
	@Operation(summary = "Enable a disabled account again; its user signs in anew")
	AccountView enable(Caller admin, @PathVariable String userId) {
		return accounts.enable(userId, admin);
	}

	@PostMapping("/role")
	@Operation(summary = "Give an account another role; tokens issued before are refused")
	@Refuses(ProblemCode.INVALID_STATE)
	AccountView changeRole(Caller admin, @PathVariable String userId, @Valid @RequestBody RoleChange change) {
		return accounts.changeRole(userId, change.role(), admin);
	}
}
