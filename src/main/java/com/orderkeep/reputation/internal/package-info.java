/**
 * Reviews, fulfilment facts and the score computed from them.
 */
@NullMarked
package com.orderkeep.reputation.internal;

import org.jspecify.annotations.NullMarked;
