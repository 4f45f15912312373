package com.orderkeep.account.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderkeep.account.AccountAdministration;
import com.orderkeep.account.AccountRefused;
import com.orderkeep.account.AccountView;
import com.orderkeep.account.ShopSuspension;
import com.orderkeep.shared.Caller;
import com.orderkeep.shared.LocalizedText;
import com.orderkeep.shared.Role;
import com.orderkeep.shared.Things;

@Service
@Transactional
class AccountAdministrationImpl implements AccountAdministration {

	private static final Logger log = LoggerFactory.getLogger(AccountAdministrationImpl.class);

	private static final AccountRefused OWN_ACCOUNT = new AccountRefused(AccountRefused.Reason.NOT_FOR_THIS_ACCOUNT,
			new LocalizedText("平台管理员不能停用自己的账号，也不能更改自己的角色", "An admin may not disable their own account or change their own role"));
	private static final AccountRefused LAST_ADMIN = new AccountRefused(AccountRefused.Reason.NOT_FOR_THIS_ACCOUNT,
			new LocalizedText("这是最后一个可用的平台管理员账号，不能停用或更改角色",
					"This is the last enabled admin account; it cannot be disabled or given another role"));
	private static final AccountRefused MERCHANT_ROLE = new AccountRefused(AccountRefused.Reason.NOT_FOR_THIS_ACCOUNT,
			new LocalizedText("商家账号属于其店铺，角色不能更改；如需停止经营，请停用该账号",
					"A merchant account belongs to its shop and keeps its role; disable it to stop the shop selling"));

	private final Users users;
	private final ShopSuspension shops;

	AccountAdministrationImpl(Users users, ShopSuspension shops) {
		this.users = users;
		this.shops = shops;
	}

	@Override
	@Transactional(readOnly = true)
	public AccountView account(String userId) {
		return view(existing(userId));
	}

	@Override
	@Transactional(readOnly = true)
	public List<AccountView> accounts(@Nullable Role role, String usernameStart, int limit) {
		return users.find(role, usernameStart.strip(), Math.max(1, Math.min(limit, 200))).stream()
			.map(AccountAdministrationImpl::view)
			.toList();
	}

	@Override
	public AccountView disable(String userId, Caller admin) {
		Users.User user = existing(userId);
		refuseOwn(user, admin);
		if (user.role() == Role.ADMIN && user.enabled()) {
			keepAnAdmin(user);
		}
		if (users.setEnabled(userId, false)) {
			if (user.merchantId() != null) {
				shops.suspend(user.merchantId());
			}
			log.info("Account {} ({}) disabled by {}", userId, user.role(), admin.userId());
		}
		return account(userId);
	}

	@Override
	public AccountView enable(String userId, Caller admin) {
		Users.User user = existing(userId);
		if (users.setEnabled(userId, true)) {
			if (user.merchantId() != null) {
				shops.reinstate(user.merchantId());
			}
			log.info("Account {} ({}) enabled by {}", userId, user.role(), admin.userId());
		}
		return account(userId);
	}

	@Override
	public AccountView changeRole(String userId, Role role, Caller admin) {
		Users.User user = existing(userId);
		refuseOwn(user, admin);
		if (user.role() == role) {
			return view(user);
		}
		if (user.role() == Role.MERCHANT || role == Role.MERCHANT) {
			throw MERCHANT_ROLE;
		}
		if (user.role() == Role.ADMIN && user.enabled()) {
			keepAnAdmin(user);
		}
		if (users.setRole(userId, role)) {
			log.info("Account {} changed from {} to {} by {}", userId, user.role(), role, admin.userId());
		}
		return account(userId);
	}

	private Users.User existing(String userId) {
		return users.byId(userId).orElseThrow(() -> new AccountRefused(AccountRefused.Reason.NO_SUCH_USER, Things.noSuch(Things.USER, userId)));
	}

	private static void refuseOwn(Users.User user, Caller admin) {
		if (user.id().equals(admin.userId())) {
			throw OWN_ACCOUNT;
		}
	}

	/** Two admins taking each other's admin at the same moment must not leave the platform without one. */
	private void keepAnAdmin(Users.User user) {
		if (!users.anotherEnabledAdmin(user.id())) {
			throw LAST_ADMIN;
		}
	}

	private static AccountView view(Users.User user) {
		return new AccountView(user.id(), user.username(), user.role(), user.enabled(), user.merchantId());
	}
}
