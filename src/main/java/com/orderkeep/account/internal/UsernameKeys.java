package com.orderkeep.account.internal;

import org.springframework.stereotype.Component;

import com.orderkeep.shared.KeyBackfill;
import com.orderkeep.shared.Names;

/**
 * Migration 10.1: the normalised key of every username that existed before usernames were unique by it.
 */
@Component
public class UsernameKeys extends KeyBackfill {

	public UsernameKeys() {
		super("10.1", "username keys", "users", "username", "username_key", Names::usernameKey);
	}
}
