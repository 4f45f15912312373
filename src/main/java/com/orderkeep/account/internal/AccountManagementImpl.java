package com.orderkeep.account.internal;

import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderkeep.account.AccountManagement;
import com.orderkeep.shared.Ids;
import com.orderkeep.shared.LocalizedText;
import com.orderkeep.shared.ProblemCode;
import com.orderkeep.shared.ProblemException;
import com.orderkeep.shared.Role;

@Service
@Transactional
class AccountManagementImpl implements AccountManagement {

	private static final ProblemException BAD_CREDENTIALS = new ProblemException(ProblemCode.UNAUTHENTICATED,
			new LocalizedText("用户名或密码错误", "Wrong username or password"));

	private final Users users;
	private final PasswordEncoder passwords;
	private final TokenIssuer tokens;
	private final Clock clock;

	AccountManagementImpl(Users users, PasswordEncoder passwords, TokenIssuer tokens, Clock clock) {
		this.users = users;
		this.passwords = passwords;
		this.tokens = tokens;
		this.clock = clock;
	}

	@Override
	public SignedIn register(String username, String password) {
		String userId = createUser(username, password, Role.BUYER, null);
		return new SignedIn(userId, tokens.issue(new Users.User(userId, username, "", Role.BUYER, null)), Role.BUYER);
	}

	@Override
	@Transactional(readOnly = true)
	public SignedIn signIn(String username, String password) {
		Users.User user = users.byUsername(username).orElseThrow(() -> BAD_CREDENTIALS);
		if (!passwords.matches(password, user.passwordHash())) {
			throw BAD_CREDENTIALS;
		}
		return new SignedIn(user.id(), tokens.issue(user), user.role());
	}

	@Override
	public String createUser(String username, String password, Role role, @Nullable String merchantId) {
		if (users.byUsername(username).isPresent()) {
			throw usernameTaken(username);
		}
		String id = Ids.next();
		try {
			users.insert(new Users.User(id, username, passwords.encode(password), role, merchantId), clock.instant());
		}
		catch (DuplicateKeyException e) {
			throw usernameTaken(username);
		}
		return id;
	}

	private static ProblemException usernameTaken(String username) {
		return new ProblemException(ProblemCode.USERNAME_TAKEN,
				new LocalizedText("用户名已被占用：" + username, "Username is taken: " + username));
	}
}
