/**
 * The listing index, the follower that keeps it, and the ranking.
 */
@NullMarked
package com.orderkeep.alternatives.internal;

import org.jspecify.annotations.NullMarked;
