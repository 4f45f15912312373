/**
 * Users, password hashing, token signing and the security rules of the HTTP API.
 */
@NullMarked
package com.orderkeep.account.internal;

import org.jspecify.annotations.NullMarked;
