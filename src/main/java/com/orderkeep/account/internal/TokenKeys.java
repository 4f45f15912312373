package com.orderkeep.account.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.orderkeep.shared.SqlTime;

/**
 * The key that signs bearer tokens. It lives in the database, so tokens outlive a restart and every node that
 * shares the database accepts the tokens of the others; the first node to need it creates it, in a transaction of
 * its own, whatever the caller's transaction is.
 */
@Component
class TokenKeys {

	private static final String READ = "SELECT secret FROM token_signing_key WHERE id = 1";
	private static final String CREATE = "INSERT INTO token_signing_key (id, secret, created_at) VALUES (1, :secret, :at)";

	private final JdbcClient jdbc;
	private final Clock clock;
	private final TransactionTemplate ownTransaction;
	private volatile @Nullable SecretKey key;

	TokenKeys(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	SecretKey signingKey() {
		SecretKey current = key;
		if (current == null) {
			synchronized (this) {
				current = key;
				if (current == null) {
					String secret = ownTransaction.execute(status -> loadOrCreate());
					current = new SecretKeySpec(Base64.getDecoder().decode(secret), "HmacSHA256");
					key = current;
				}
			}
		}
		return current;
	}

	private String loadOrCreate() {
		return jdbc.sql(READ).query(String.class).optional().orElseGet(() -> {
			byte[] secret = new byte[32];
			new SecureRandom().nextBytes(secret);
			try {
				jdbc.sql(CREATE).param("secret", Base64.getEncoder().encodeToString(secret))
					.param("at", SqlTime.of(clock.instant())).update();
			}
			catch (DuplicateKeyException anotherNodeWasFirst) {
				// fall through and read the key that node wrote
			}
			return jdbc.sql(READ).query(String.class).single();
		});
	}
}
