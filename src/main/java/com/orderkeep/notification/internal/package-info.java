/**
 * The listeners that write notifications, the words they are written in, the inbox table and the node's feed.
 */
@NullMarked
package com.orderkeep.notification.internal;

import org.jspecify.annotations.NullMarked;
