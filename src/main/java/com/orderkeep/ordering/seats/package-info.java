/**
 * Seats in a group, taken inside the placement batch: the module that runs group buy implements
 * {@link com.orderkeep.ordering.seats.GroupSeats}, and ordering calls it from the batch's transaction, so a seat is
 * taken if and only if its order is committed.
 */
@NullMarked
@NamedInterface("seats")
package com.orderkeep.ordering.seats;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
