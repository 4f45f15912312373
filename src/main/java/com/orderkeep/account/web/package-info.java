/**
 * The HTTP endpoints for signing up, signing in, creating agents and the platform's control over accounts.
 */
@NullMarked
package com.orderkeep.account.web;

import org.jspecify.annotations.NullMarked;
