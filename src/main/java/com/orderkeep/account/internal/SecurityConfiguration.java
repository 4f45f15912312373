package com.orderkeep.account.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import com.orderkeep.shared.EndpointRule;
import com.orderkeep.shared.EndpointRules;
import com.orderkeep.shared.Role;

/**
 * Who may call what. Each module declares the rules of its endpoints ({@link EndpointRules}); beyond them, health and
 * the API description are public, metrics are the platform's, the {@code /api/admin}, {@code /api/merchant} and
 * {@code /api/agent} areas belong to their roles, and everything else needs a bearer token. Roles are checked here,
 * before a request's body is read, so a caller without the role learns nothing of an endpoint's rules.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain api(HttpSecurity http, JwtDecoder decoder, LocaleResolver locales,
			List<EndpointRules> modules) throws Exception {
		ProblemResponses problems = new ProblemResponses(locales);
		http.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// A bearer-token API has no session to log out of and no request to replay after a sign-in page.
			.logout(logout -> logout.disable())
			.requestCache(cache -> cache.disable())
			.authorizeHttpRequests(requests -> {
				modules.stream().flatMap(m -> m.endpointRules().stream()).forEach(rule -> apply(requests, rule));
				requests.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
					.requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
					.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/error").permitAll()
					.requestMatchers("/api/admin/**").hasRole(Role.ADMIN.name())
					.requestMatchers("/api/merchant/**").hasRole(Role.MERCHANT.name())
					.requestMatchers("/api/agent/**").hasRole(Role.AGENT.name())
					.anyRequest().authenticated();
			})
			.oauth2ResourceServer(resource -> resource
				.jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(roles()))
				.withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
					@Override
					public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
						filter.setAuthenticationFailureHandler(problems);
						return filter;
					}
				})
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.exceptionHandling(exceptions -> exceptions
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems));
		return http.build();
	}

	/**
	 * A module's rule, applied in the filters, so a caller without the role is refused before its request is read. A
	 * rule for GET holds for HEAD too, which Spring MVC answers with the same handler: otherwise a HEAD would pass with
	 * any token, or none, to a handler that expects the rule's callers.
	 */
	private static void apply(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests,
			EndpointRule rule) {
		if (HttpMethod.GET.equals(rule.method())) {
			authorize(requests.requestMatchers(HttpMethod.HEAD, rule.pattern()), rule);
		}
		authorize(rule.method() == null ? requests.requestMatchers(rule.pattern())
				: requests.requestMatchers(rule.method(), rule.pattern()), rule);
	}

	private static void authorize(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizedUrl endpoint, EndpointRule rule) {
		if (rule.open()) {
			endpoint.permitAll();
		}
		else if (rule.roles().isEmpty()) {
			endpoint.authenticated();
		}
		else {
			endpoint.hasAnyRole(rule.roles().stream().map(Role::name).sorted().toArray(String[]::new));
		}
	}

	/**
	 * Spring Security would observe each of its filters, and the authentication and authorization of every request:
	 * a tenth of a request's CPU for timings nobody reads, since {@code http.server.requests} times the whole request.
	 */
	@Bean
	static SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	JwtDecoder jwtDecoder(TokenKeys keys, Users users, Clock clock) {
		SingletonSupplier<JwtDecoder> signature = SingletonSupplier.of(() -> {
			NimbusJwtDecoder nimbus = NimbusJwtDecoder.withSecretKey(keys.signingKey()).macAlgorithm(MacAlgorithm.HS256).build();
			nimbus.setJwtValidator(token -> OAuth2TokenValidatorResult.success());
			return nimbus;
		});
		JwtTimestampValidator expiry = new JwtTimestampValidator(Duration.ZERO);
		expiry.setClock(clock);
		return new VerifiedTokens(signature, new DelegatingOAuth2TokenValidator<>(expiry,
				new JwtIssuerValidator(TokenIssuer.ISSUER), new AccountStanding(users)));
	}

	@Bean
	PasswordEncoder passwordEncoder(@Value("${orderkeep.auth.bcrypt-strength:10}") int strength) {
		return new BCryptPasswordEncoder(strength);
	}

	@Bean
	WebMvcConfigurer callerArguments() {
		return new WebMvcConfigurer() {
			@Override
			public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
				resolvers.add(new CallerArgumentResolver());
			}
		};
	}

	private static JwtAuthenticationConverter roles() {
		JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
		authorities.setAuthoritiesClaimName(TokenIssuer.ROLE);
		authorities.setAuthorityPrefix("ROLE_");
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(authorities);
		return converter;
	}
}
