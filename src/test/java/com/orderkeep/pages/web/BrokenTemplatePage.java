package com.orderkeep.pages.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A page whose template fails half-way, for the tests of what a visitor then sees.
 */
@Controller
class BrokenTemplatePage {

	@GetMapping("/notifications/broken-template-for-tests")
	String broken() {
		return "test/broken";
	}
}
