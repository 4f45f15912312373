package com.orderkeep.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A username and password as sent to sign up or sign in. Passwords stop at 72 characters, what BCrypt reads.
 */
record Credentials(
		@NotBlank @Size(min = 3, max = 32) @Pattern(regexp = "[\\p{L}\\p{N}_.-]+", message = "{orderkeep.username.pattern}") String username,
		@NotBlank @Size(min = 6, max = 72) String password) {
}
