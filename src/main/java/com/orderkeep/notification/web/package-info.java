/**
 * The HTTP endpoints of the inbox and its event stream.
 */
@NullMarked
package com.orderkeep.notification.web;

import org.jspecify.annotations.NullMarked;
