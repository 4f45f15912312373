/**
 * Keeps after-commit work going: event publications that failed or were left unfinished by a crash are retried.
 */
@NullMarked
package com.orderkeep.shared.events;

import org.jspecify.annotations.NullMarked;
