/**
 * Groups, their seats and members, and how each group settles.
 */
@NullMarked
package com.orderkeep.groupbuy.internal;

import org.jspecify.annotations.NullMarked;
