package com.orderkeep.http;

import static com.orderkeep.http.HttpTestKit.assertProblem;
import static com.orderkeep.http.HttpTestKit.unique;
import static com.orderkeep.support.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import com.orderkeep.support.Api;
import com.orderkeep.support.MutableClock;
import com.orderkeep.support.OrderkeepHttpTest;

/**
 * Signing in tells nothing about which usernames exist, neither by its answer nor by its time, and passwords cannot be
 * guessed at speed: a few failures per account and more per address, regained over the period, then 429.
 */
@OrderkeepHttpTest
@TestPropertySource(properties = { "orderkeep.sign-in.failures-per-account=3", "orderkeep.sign-in.failures-per-address=8",
		"orderkeep.sign-in.period=10m" })
class SignInLimitTests {

	private static final Duration PERIOD = Duration.ofMinutes(10);

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@MockitoSpyBean
	PasswordEncoder passwords;

	private Api api;

	@BeforeEach
	void connect() {
		api = Api.onPort(port);
		clock.advance(PERIOD);
	}

	@Test
	void checksAPasswordHashForAnUnknownUserAsForAKnownOne() {
		String known = signUp();
		clearInvocations(passwords);
		Api.Response wrongPassword = api.post("/api/auth/token", null, Map.of("username", known, "password", "wrong-1"));
		Api.Response unknownUser = api.post("/api/auth/token", null, Map.of("username", unique("nobody"), "password", "wrong-1"));

		assertProblem(wrongPassword, 401, "UNAUTHENTICATED");
		assertProblem(unknownUser, 401, "UNAUTHENTICATED");
		assertThat(unknownUser.text("detail")).isEqualTo(wrongPassword.text("detail"));
		ArgumentCaptor<String> hashes = ArgumentCaptor.forClass(String.class);
		verify(passwords, times(2)).matches(eq("wrong-1"), hashes.capture());
		assertThat(hashes.getAllValues()).as("both checked against a BCrypt hash of the same cost")
			.allSatisfy(hash -> assertThat(hash).startsWith("$2a$04$").hasSize(60));
		assertThat(hashes.getAllValues().get(1)).isNotEqualTo(hashes.getAllValues().get(0));
	}

	@Test
	void refusesAnAccountAfterItsFailuresUntilTheClockGivesOneBack() {
		String name = signUp();
		for (int i = 0; i < 3; i++) {
			assertProblem(api.post("/api/auth/token", null, Map.of("username", name, "password", "wrong-" + i)), 401,
					"UNAUTHENTICATED");
		}
		Api.Response limited = api.post("/api/auth/token", null, Map.of("username", name, "password", "secret-1"));
		assertProblem(limited, 429, "RATE_LIMITED");
		long retryAfter = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
		assertThat(retryAfter).isPositive().isLessThanOrEqualTo(PERIOD.dividedBy(3).toSeconds());
		assertProblem(api.post("/api/auth/token", null, Map.of("username", name.toUpperCase(java.util.Locale.ROOT),
				"password", "secret-1")), 429, "RATE_LIMITED");
		String other = signUp();
		expect(api.post("/api/auth/token", null, Map.of("username", other, "password", "secret-1")), 200);

		clock.advance(Duration.ofSeconds(retryAfter));
		expect(api.post("/api/auth/token", null, Map.of("username", name, "password", "secret-1")), 200);
	}

	@Test
	void refusesAnAddressAfterItsFailuresWhateverTheUsername() {
		String name = signUp();
		for (int i = 0; i < 8; i++) {
			assertProblem(api.post("/api/auth/token", null, Map.of("username", unique("guess"), "password", "wrong-1")), 401,
					"UNAUTHENTICATED");
		}
		Api.Response limited = api.post("/api/auth/token", null, Map.of("username", name, "password", "secret-1"));
		assertProblem(limited, 429, "RATE_LIMITED");
		assertThat(limited.headers().firstValue("Retry-After")).isPresent();
		expect(api.post("/api/auth/register", null, Map.of("username", unique("new"), "password", "secret-1")), 201);

		clock.advance(PERIOD);
		expect(api.post("/api/auth/token", null, Map.of("username", name, "password", "secret-1")), 200);
	}

	@Test
	void countsOnlyFailures() {
		String name = signUp();
		for (int i = 0; i < 20; i++) {
			expect(api.post("/api/auth/token", null, Map.of("username", name, "password", "secret-1")), 200);
		}
	}

	private String signUp() {
		String name = unique("buyer");
		expect(api.post("/api/auth/register", null, Map.of("username", name, "password", "secret-1")), 201);
		return name;
	}
}
