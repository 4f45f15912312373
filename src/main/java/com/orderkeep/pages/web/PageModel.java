package com.orderkeep.pages.web;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's header shows: who is signed in, in which role, and the language the page is in.
 */
@ControllerAdvice(basePackageClasses = PageModel.class)
class PageModel {

	/** The signed-in user as the header shows them; none for a visitor. */
	public record Viewer(String username, String role) {

		public boolean is(String expected) {
			return role.equals(expected);
		}
	}

	@ModelAttribute("viewer")
	@Nullable
	public Viewer viewer() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) {
			return new Viewer(String.valueOf(jwt.getClaimAsString("username")), String.valueOf(jwt.getClaimAsString("role")));
		}
		return null;
	}

	@ModelAttribute("lang")
	public String language() {
		return Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage()) ? "en" : "zh";
	}
}
