/**
 * Deadlines on orders that other modules contribute: a module declares a {@link com.orderkeep.ordering.deadlines.DeadlineKind}
 * (what happens when it falls due) and schedules deadlines of it through
 * {@link com.orderkeep.ordering.deadlines.OrderDeadlines}; ordering's one scheduler resolves every kind, each deadline
 * once, on any number of nodes.
 */
@NullMarked
@NamedInterface("deadlines")
package com.orderkeep.ordering.deadlines;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
