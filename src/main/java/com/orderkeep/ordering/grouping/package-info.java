/**
 * The door through which group buy settles its groups' orders: a completed group's members move to TO_SHIP, a failed
 * group's are cancelled and refunded, through the state machine, in the group's own transaction.
 */
@NullMarked
@NamedInterface("grouping")
package com.orderkeep.ordering.grouping;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
