package com.orderkeep.account;

import org.jspecify.annotations.Nullable;

import com.orderkeep.shared.Role;

/**
 * An account as the platform sees it.
 */
public record AccountView(String userId, String username, Role role, boolean enabled, @Nullable String merchantId) {
}
