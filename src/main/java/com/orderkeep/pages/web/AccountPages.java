package com.orderkeep.pages.web;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.http.HttpStatus;

import com.orderkeep.account.AccountManagement;
import com.orderkeep.account.AccountRefused;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Signing in and signing up; a buyer who signs up is signed in at once.
 */
@Controller
class AccountPages {

	private final AccountManagement accounts;
	private final PageSignIn signIn;
	private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	AccountPages(AccountManagement accounts, PageSignIn signIn) {
		this.accounts = accounts;
		this.signIn = signIn;
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

	@GetMapping("/signup")
	String signUpForm() {
		return "signup";
	}

	@PostMapping("/signup")
	String signUp(@RequestParam String username, @RequestParam String password, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		String name = username.strip();
		if (name.length() < 3 || name.length() > 32 || !name.matches("[\\p{L}\\p{N}_.-]+")) {
			return refused(model, name, "signup.username.rule");
		}
		if (password.length() < 6 || password.length() > 72) {
			return refused(model, name, "signup.password.rule");
		}
		try {
			AccountManagement.SignedIn user = accounts.register(name, password);
			if (request.getSession(false) != null) {
				request.changeSessionId();
			}
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(signIn.signedIn(user));
			SecurityContextHolder.setContext(context);
			sessions.saveContext(context, request, response);
			return "redirect:/";
		}
		catch (AccountRefused refused) {
			model.addAttribute("username", name);
			model.addAttribute("refusal", refused.text());
			return "signup";
		}
	}

	private static String refused(Model model, String name, String messageKey) {
		model.addAttribute("username", name);
		model.addAttribute("problem", messageKey);
		return "signup";
	}

	/** Where a refused request is forwarded, whatever its method (a form post without its CSRF token, too). */
	@RequestMapping("/forbidden")
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String forbidden() {
		return "error/403";
	}
}
