package com.orderkeep.account.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Issues signed bearer tokens (HS256 JWTs) that carry the user's id, role, merchant and revision, and expire. A token
 * is good only while its revision is the user's current one ({@link AccountStanding}).
 */
@Component
class TokenIssuer {

	static final String ISSUER = "orderkeep";
	static final String ROLE = "role";
	static final String USERNAME = "username";
	static final String MERCHANT = "merchant";
	static final String REVISION = "rev";

	private final Clock clock;
	private final Duration validity;
	private final SingletonSupplier<JwtEncoder> encoder;

	TokenIssuer(TokenKeys keys, Clock clock, @Value("${orderkeep.auth.token-validity}") Duration validity) {
		this.clock = clock;
		this.validity = validity;
		this.encoder = SingletonSupplier.of(() -> NimbusJwtEncoder.withSecretKey(keys.signingKey()).build());
	}

	String issue(Users.User user) {
		Instant now = clock.instant();
		JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
			.issuer(ISSUER)
			.subject(user.id())
			.issuedAt(now)
			.expiresAt(now.plus(validity))
			.claim(ROLE, user.role().name())
			.claim(USERNAME, user.username())
			.claim(REVISION, user.revision());
		if (user.merchantId() != null) {
			claims.claim(MERCHANT, user.merchantId());
		}
		return encoder.obtain().encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims.build()))
			.getTokenValue();
	}
}
