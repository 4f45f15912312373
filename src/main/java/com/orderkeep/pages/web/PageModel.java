package com.orderkeep.pages.web;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import com.orderkeep.notification.NotificationManagement;
import com.orderkeep.shared.Caller;
import com.orderkeep.shared.Role;

/**
 * What every page's header shows: who is signed in, in which role, how many of their notifications are unread, and
 * the language the page is in.
 */
@ControllerAdvice(basePackageClasses = PageModel.class)
class PageModel {

	private final NotificationManagement notifications;

	PageModel(NotificationManagement notifications) {
		this.notifications = notifications;
	}

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

	/** The signed-in caller, as the session's token names them; none for a visitor. */
	static @Nullable Caller caller() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) {
			return new Caller(jwt.getSubject(), String.valueOf(jwt.getClaimAsString("username")),
					Role.valueOf(jwt.getClaimAsString("role")), jwt.getClaimAsString("merchant"));
		}
		return null;
	}

	/** The badge in the header: how many of the signed-in user's notifications are unread; none for a visitor. */
	@ModelAttribute("unread")
	public @Nullable Long unread() {
		Caller caller = caller();
		return caller == null ? null : notifications.inbox(caller, true, 0, 1).unread();
	}

	@ModelAttribute("lang")
	public String language() {
		return Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage()) ? "en" : "zh";
	}
}
