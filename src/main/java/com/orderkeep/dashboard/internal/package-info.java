@NullMarked
package com.orderkeep.dashboard.internal;

import org.jspecify.annotations.NullMarked;
