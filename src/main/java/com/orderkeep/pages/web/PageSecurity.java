package com.orderkeep.pages.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;

import com.orderkeep.shared.Role;

import jakarta.servlet.DispatcherType;

/**
 * The pages' own security: a session cookie from the sign-in form, and a CSRF token on every form. It matches only
 * the pages' paths and comes before the API's bearer-token chain, which it leaves as it is.
 */
@Configuration(proxyBeanMethods = false)
class PageSecurity {

	static final String[] PATHS = { "/", "/login", "/logout", "/signup", "/forbidden", "/products/**", "/orders/**",
			"/merchant/**", "/admin/**", "/css/**", "/js/**" };

	@Bean
	@Order(1)
	SecurityFilterChain pages(HttpSecurity http, PageSignIn signIn, JwtDecoder tokens) throws Exception {
		AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();
		forbidden.setErrorPage("/forbidden");
		http.securityMatcher(PATHS)
			.authorizeHttpRequests(requests -> requests
				.dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR).permitAll()
				.requestMatchers("/", "/login", "/signup", "/forbidden", "/products/*", "/css/**", "/js/**").permitAll()
				.requestMatchers("/merchant/**").hasRole(Role.MERCHANT.name())
				.requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
				.requestMatchers("/orders/**", "/products/*/order").hasRole(Role.BUYER.name())
				.anyRequest().authenticated())
			.authenticationManager(new ProviderManager(signIn))
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).failureUrl("/login?error"))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/"))
			.exceptionHandling(exceptions -> exceptions.accessDeniedHandler(forbidden))
			.addFilterAfter(new SessionStanding(tokens, SecurityContextHolder.getContextHolderStrategy()),
					SecurityContextHolderFilter.class);
		return http.build();
	}
}
