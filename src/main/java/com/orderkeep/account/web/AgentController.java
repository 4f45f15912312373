package com.orderkeep.account.web;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.orderkeep.account.AccountManagement;
import com.orderkeep.shared.Role;
import com.orderkeep.shared.ProblemCode;
import com.orderkeep.shared.Refuses;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@Tag(name = "Platform")
class AgentController {

	private final AccountManagement accounts;

	AgentController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@PostMapping("/api/admin/agents")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a customer-service agent")
	@Refuses(ProblemCode.USERNAME_TAKEN)
	Map<String, String> create(@Valid @RequestBody Credentials credentials) {
		return Map.of("userId", accounts.createUser(credentials.username(), credentials.password(), Role.AGENT, null));
	}
}
