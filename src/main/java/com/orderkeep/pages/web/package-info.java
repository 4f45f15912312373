@NullMarked
package com.orderkeep.pages.web;

import org.jspecify.annotations.NullMarked;
