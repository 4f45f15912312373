package com.orderkeep.account.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderkeep.account.AccountManagement;
import com.orderkeep.account.AccountRefused;
import com.orderkeep.shared.Ids;
import com.orderkeep.shared.LocalizedText;
import com.orderkeep.shared.Names;
import com.orderkeep.shared.Role;

@Service
@Transactional
class AccountManagementImpl implements AccountManagement {

	private static final AccountRefused BAD_CREDENTIALS = new AccountRefused(AccountRefused.Reason.WRONG_CREDENTIALS,
			new LocalizedText("用户名或密码错误", "Wrong username or password"));
	private static final AccountRefused DISABLED = new AccountRefused(AccountRefused.Reason.ACCOUNT_DISABLED,
			new LocalizedText("该账号已被平台停用", "This account has been disabled by the platform"));
	private static final LocalizedText TOO_MANY_FAILURES = new LocalizedText("登录失败次数过多，请稍后再试",
			"Too many failed sign-ins; retry after the time in Retry-After");
	/** What a username may hold once normalised: NFKC turns some letters into punctuation or spaces (⑴, ﷺ). */
	private static final Pattern NORMALISED_USERNAME = Pattern.compile("[\\p{L}\\p{N}_.-]{3,64}");

	private final Users users;
	private final PasswordEncoder passwords;
	private final TokenIssuer tokens;
	private final SignInLimits limits;
	private final Clock clock;
	/** Checked against when the username is unknown, so that answer takes as long as a wrong password's. */
	private final String unknownUserHash;

	AccountManagementImpl(Users users, PasswordEncoder passwords, TokenIssuer tokens, SignInLimits limits, Clock clock) {
		this.users = users;
		this.passwords = passwords;
		this.tokens = tokens;
		this.limits = limits;
		this.clock = clock;
		this.unknownUserHash = passwords.encode(UUID.randomUUID().toString());
	}

	@Override
	public SignedIn register(String username, String password) {
		String userId = createUser(username, password, Role.BUYER, null);
		return new SignedIn(userId, tokens.issue(new Users.User(userId, username, "", Role.BUYER, null, true, 0)),
				Role.BUYER);
	}

	@Override
	@Transactional(readOnly = true)
	public SignedIn signIn(String username, String password, String address) {
		String key = Names.usernameKey(username);
		Duration wait = limits.waitBefore(key, address);
		if (!wait.isZero()) {
			throw new AccountRefused(AccountRefused.Reason.TOO_MANY_FAILED_SIGN_INS, TOO_MANY_FAILURES, wait);
		}
		Optional<Users.User> user = users.byKey(key);
		boolean matches = passwords.matches(password, user.map(Users.User::passwordHash).orElse(unknownUserHash));
		if (user.isEmpty() || !matches) {
			limits.failed(key, address);
			throw BAD_CREDENTIALS;
		}
		if (!user.get().enabled()) {
			throw DISABLED;
		}
		return new SignedIn(user.get().id(), tokens.issue(user.get()), user.get().role());
	}

	@Override
	public String createUser(String username, String password, Role role, @Nullable String merchantId) {
		String key = Names.usernameKey(username);
		if (!NORMALISED_USERNAME.matcher(key).matches()) {
			throw new AccountRefused(AccountRefused.Reason.NAME_NOT_ALLOWED,
					new LocalizedText("用户名规范化后只能包含 3 到 64 个字母、数字和 _ . -：" + username,
							"A username, once normalised, must be 3 to 64 letters, digits, _ . - only: " + username));
		}
		if (users.byKey(key).isPresent()) {
			throw usernameTaken(username);
		}
		String id = Ids.next();
		try {
			users.insert(id, username, key, passwords.encode(password), role, merchantId, clock.instant());
		}
		catch (DuplicateKeyException e) {
			throw usernameTaken(username);
		}
		return id;
	}

	private static AccountRefused usernameTaken(String username) {
		return new AccountRefused(AccountRefused.Reason.USERNAME_TAKEN,
				new LocalizedText("用户名已被占用：" + username, "Username is taken: " + username));
	}
}
