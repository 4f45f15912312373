package com.orderkeep.pages.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import com.orderkeep.shared.Role;

import jakarta.servlet.DispatcherType;

/**
 * The pages' own security: a session cookie from the sign-in form, and a CSRF token on every form. It matches only
 * the pages' paths and comes before the API's bearer-token chain, which it leaves as it is.
 */
@Configuration(proxyBeanMethods = false)
class PageSecurity {

	static final String[] PATHS = { "/", "/login", "/logout", "/signup", "/forbidden", "/products/**", "/shops/**", "/orders/**",
			"/groups/**", "/merchant/**", "/admin/**", "/notifications", "/notifications/**", "/css/**", "/js/**",
			"/webjars/**" };

	private static final RequestMatcher STREAM = PathPatternRequestMatcher.withDefaults()
		.matcher(HttpMethod.GET, "/notifications/stream");

	@Bean
	@Order(1)
	SecurityFilterChain pages(HttpSecurity http, PageSignIn signIn, JwtDecoder tokens) throws Exception {
		AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();
		forbidden.setErrorPage("/forbidden");
		http.securityMatcher(PATHS)
			.authorizeHttpRequests(requests -> requests
				// an async dispatch (a notification stream ending) continues a request that was authorized when it began
				.dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR, DispatcherType.ASYNC).permitAll()
				.requestMatchers("/", "/login", "/signup", "/forbidden", "/products/*", "/shops/*", "/css/**", "/js/**", "/webjars/**").permitAll()
				.requestMatchers(HttpMethod.GET, "/groups/*", "/groups/*/progress").permitAll()
				.requestMatchers("/merchant/**").hasRole(Role.MERCHANT.name())
				.requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
				.requestMatchers("/orders/**", "/products/*/order", "/products/*/group").hasRole(Role.BUYER.name())
				.anyRequest().authenticated())
			.authenticationManager(new ProviderManager(signIn))
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).failureUrl("/login?error"))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/"))
			// A browser's notification stream that lost its session is refused, not sent to the sign-in page, and not
			// remembered as where to go after signing in.
			.exceptionHandling(exceptions -> exceptions.accessDeniedHandler(forbidden)
				.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), STREAM))
			.requestCache(cache -> cache.requestCache(afterSignIn()))
			.addFilterAfter(new SessionStanding(tokens, SecurityContextHolder.getContextHolderStrategy()),
					SecurityContextHolderFilter.class);
		return http.build();
	}

	/** The page a visitor asked for before signing in: a page, never a stream or a script's request. */
	private static RequestCache afterSignIn() {
		HttpSessionRequestCache cache = new HttpSessionRequestCache();
		cache.setRequestMatcher(new AndRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/**"),
				new NegatedRequestMatcher(STREAM),
				new NegatedRequestMatcher(new RequestHeaderRequestMatcher("X-Requested-With", "XMLHttpRequest"))));
		return cache;
	}
}
