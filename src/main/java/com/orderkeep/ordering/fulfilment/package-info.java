/**
 * The door through which the platform's rules hold a merchant to a paid order: when a merchant lets the promise to
 * ship pass, the order is cancelled and refunded here, through the state machine, in the rule's own transaction.
 */
@NullMarked
@NamedInterface("fulfilment")
package com.orderkeep.ordering.fulfilment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
