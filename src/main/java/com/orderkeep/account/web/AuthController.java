package com.orderkeep.account.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.orderkeep.account.AccountManagement;
import com.orderkeep.account.AccountManagement.SignedIn;
import com.orderkeep.shared.ProblemCode;
import com.orderkeep.shared.Refuses;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/auth")
@Tag(name = "Accounts")
class AuthController {

	private final AccountManagement accounts;

	AuthController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@PostMapping("/register")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Open a buyer account and sign in")
	@Refuses(ProblemCode.USERNAME_TAKEN)
	SignedIn register(@Valid @RequestBody Credentials credentials) {
		return accounts.register(credentials.username(), credentials.password());
	}

	@PostMapping("/token")
	@Operation(summary = "Sign in: trade a username and password for a bearer token; repeated failures are rate limited")
	@Refuses(ProblemCode.RATE_LIMITED)
	SignedIn token(@Valid @RequestBody SignIn credentials, HttpServletRequest request) {
		return accounts.signIn(credentials.username(), credentials.password(), request.getRemoteAddr());
	}
}
