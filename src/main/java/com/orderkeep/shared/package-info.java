/**
 * Types every module speaks in: callers and actors, localized text, problem codes and the clock.
 */
@NullMarked
package com.orderkeep.shared;

import org.jspecify.annotations.NullMarked;
