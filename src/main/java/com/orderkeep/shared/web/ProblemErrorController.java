package com.orderkeep.shared.web;

import java.util.Locale;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.orderkeep.shared.Problems;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The servlet container's error page: an error raised outside Spring MVC's handlers (a filter's {@code sendError},
 * an exception thrown in a filter) is answered with a problem detail like any other. Asked for directly,
 * {@code /error} is not a resource.
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

	@RequestMapping(path = "/error", produces = MediaType.APPLICATION_PROBLEM_JSON_VALUE)
	ResponseEntity<String> error(HttpServletRequest request, Locale locale) {
		ContainerError error = ContainerError.of(status(request));
		return ResponseEntity.status(error.code().status())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(Problems.json(error.code(), error.text(), locale));
	}

	private static int status(HttpServletRequest request) {
		Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (!(status instanceof Integer code)) {
			return 404;
		}
		Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		return code >= 500 && rejectedRequest(exception) ? 400 : code;
	}

	/** A filter that read a header or parameter the firewall refuses fails with this exception: the client's fault. */
	private static boolean rejectedRequest(Object exception) {
		for (Throwable t = exception instanceof Throwable thrown ? thrown : null; t != null; t = t.getCause()) {
			if (t instanceof RequestRejectedException) {
				return true;
			}
		}
		return false;
	}
}
