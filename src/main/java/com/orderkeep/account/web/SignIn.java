package com.orderkeep.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A username and password to sign in with. No rules on their shape beyond size: a wrong one is simply a wrong one.
 */
record SignIn(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 72) String password) {
}
