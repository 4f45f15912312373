/**
 * The HTTP endpoints for signing up, signing in and creating agents.
 */
@NullMarked
package com.orderkeep.account.web;

import org.jspecify.annotations.NullMarked;
