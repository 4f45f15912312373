package com.orderkeep.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * A bearer token's signature is verified once; whether the token is still good is judged at every request.
 */
class VerifiedTokensTests {

	final AtomicInteger verifications = new AtomicInteger();
	final AtomicBoolean revoked = new AtomicBoolean();
	final AtomicBoolean databaseDown = new AtomicBoolean();

	final JwtDecoder signature = token -> {
		verifications.incrementAndGet();
		if (!token.startsWith("signed.")) {
			throw new BadJwtException("bad signature");
		}
		return Jwt.withTokenValue(token).header("alg", "HS256").subject("buyer-1").issuedAt(Instant.EPOCH).build();
	};

	final VerifiedTokens tokens = new VerifiedTokens(() -> signature, jwt -> {
		if (databaseDown.get()) {
			throw new QueryTimeoutException("down");
		}
		return revoked.get() ? OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "revoked", null))
				: OAuth2TokenValidatorResult.success();
	});

	@Test
	void verifiesATokensSignatureOnce() {
		tokens.decode("signed.a");
		tokens.decode("signed.a");
		tokens.decode("signed.a");

		assertThat(verifications).hasValue(1);
		assertThat(tokens.decode("signed.a").getSubject()).isEqualTo("buyer-1");
	}

	@Test
	void judgesAKeptTokenAtEveryRequest() {
		tokens.decode("signed.b");
		revoked.set(true);

		assertThatThrownBy(() -> tokens.decode("signed.b")).isInstanceOf(JwtValidationException.class)
			.hasMessageContaining("revoked");
	}

	@Test
	void keepsNoTokenThatFailsVerification() {
		assertThatThrownBy(() -> tokens.decode("forged.c")).isInstanceOf(BadJwtException.class);
		assertThatThrownBy(() -> tokens.decode("forged.c")).isInstanceOf(BadJwtException.class);

		assertThat(verifications).hasValue(2);
	}

	@Test
	void saysSoWhenTheAccountCannotBeChecked() {
		databaseDown.set(true);

		assertThatThrownBy(() -> tokens.decode("signed.d")).isInstanceOf(JwtException.class)
			.hasMessage(ProblemResponses.STANDING_UNKNOWN);
	}
}
