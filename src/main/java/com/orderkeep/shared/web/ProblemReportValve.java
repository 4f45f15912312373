package com.orderkeep.shared.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;

import com.orderkeep.shared.Problems;

/**
 * Replaces Tomcat's HTML error page with a problem detail, for what Tomcat refuses before the application sees it: a
 * path with an encoded slash, backslash or NUL, a header or request line beyond the size limits, a malformed request.
 */
public class ProblemReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, @Nullable Throwable throwable) {
		if (response.getStatus() < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(true);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		ContainerError error = ContainerError.of(response.getStatus());
		String body = Problems.json(error.code(), error.text(), Languages.of(language(request)));
		try {
			response.setStatus(error.code().status());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(body);
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException clientGone) {
			// nothing more can be said to this client
		}
	}

	/** The Accept-Language header, if Tomcat got far enough to parse headers and it holds no control characters. */
	private static @Nullable String language(Request request) {
		try {
			String header = request.getHeader("Accept-Language");
			return header == null || header.chars().anyMatch(Character::isISOControl) ? null : header;
		}
		catch (RuntimeException unparsed) {
			return null;
		}
	}
}
