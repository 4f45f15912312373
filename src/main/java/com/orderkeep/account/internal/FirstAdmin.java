package com.orderkeep.account.internal;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import com.orderkeep.shared.Ids;
import com.orderkeep.shared.Role;

/**
 * Makes sure the platform account {@code admin} exists with the configured password, so a fresh database can be
 * administered at once and the password is changed by configuration alone; a new password ends the tokens issued
 * under the old one. An account an admin disabled or gave another role stays so.
 */
@Component
@Order(0)
class FirstAdmin implements ApplicationRunner {

	static final String USERNAME = "admin";

	private final Users users;
	private final PasswordEncoder passwords;
	private final Clock clock;
	private final String password;

	FirstAdmin(Users users, PasswordEncoder passwords, Clock clock, @Value("${orderkeep.admin-password}") String password) {
		this.users = users;
		this.passwords = passwords;
		this.clock = clock;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		users.byKey(USERNAME).ifPresentOrElse(admin -> {
			if (!passwords.matches(password, admin.passwordHash())) {
				users.changePassword(admin.id(), passwords.encode(password));
			}
		}, this::create);
	}

	private void create() {
		try {
			users.insert(Ids.next(), USERNAME, USERNAME, passwords.encode(password), Role.ADMIN, null, clock.instant());
		}
		catch (DuplicateKeyException anotherNodeWasFirst) {
			run(null);
		}
	}
}
