/**
 * How another module asks for a change to an order. Ordering declares each change it accepts as an event contract
 * here; the asking module's own event implements it, in that module's words, and ordering applies it after the
 * asking transaction commits, through the state machine, in one listener. So the timeline, the invariants and their
 * tests stay in ordering, and neither module imports the other's insides.
 */
@NullMarked
@NamedInterface("changes")
package com.orderkeep.ordering.changes;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
