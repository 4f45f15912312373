/**
 * Keeps after-commit work going: event publications that failed or were left unfinished by a crash are retried, and
 * those that are done are forgotten after a while.
 */
@NullMarked
package com.orderkeep.shared.events;

import org.jspecify.annotations.NullMarked;
