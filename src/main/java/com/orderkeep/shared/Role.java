package com.orderkeep.shared;

/**
 * What a signed-in user is to the platform.
 */
public enum Role {
	BUYER, MERCHANT, AGENT, ADMIN
}
