package com.orderkeep.shared.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.context.i18n.LocaleContextHolder;

import com.orderkeep.shared.LocalizedText;
import jakarta.validation.ConstraintViolationException;
import com.orderkeep.shared.ProblemCode;
import com.orderkeep.shared.ProblemException;
import com.orderkeep.shared.Problems;

/**
 * Maps refusals, bad input and outages to problem details with a stable code; nothing a client sends becomes a 500.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	private static final LocalizedText UNAVAILABLE = new LocalizedText("服务暂时不可用，请稍后重试；您的请求未被执行",
			"The service is briefly unavailable; nothing was done, please retry");
	private static final LocalizedText FORBIDDEN = new LocalizedText("无权执行此操作", "You may not do this");
	private static final LocalizedText INTERNAL = new LocalizedText("服务内部错误", "Internal error");

	@ExceptionHandler(ProblemException.class)
	ResponseEntity<ProblemDetail> refused(ProblemException e) {
		HttpHeaders headers = new HttpHeaders();
		if (e.retryAfter() != null) {
			headers.set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, (e.retryAfter().toMillis() + 999) / 1000)));
		}
		return respond(e.code(), e.text(), headers);
	}

	/** Someone changed the same thing a moment earlier: nothing was written, and a retry sees the new state. */
	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> changedConcurrently(OptimisticLockingFailureException e) {
		return respond(ProblemCode.CONFLICT, new LocalizedText("刚刚有人修改了同一订单，请刷新后重试",
				"This was just changed by someone else; nothing was done, reload and retry"), new HttpHeaders());
	}

	/** The database is out of reach, or a connection died under a transaction: nothing was acknowledged. */
	@ExceptionHandler({ DataAccessResourceFailureException.class, RecoverableDataAccessException.class,
			TransientDataAccessException.class, CannotCreateTransactionException.class, TransactionSystemException.class })
	ResponseEntity<ProblemDetail> databaseUnavailable(Exception e) {
		log.warn("Database unavailable, answering 503: {}", e.getMessage());
		return respond(ProblemCode.UNAVAILABLE, UNAVAILABLE, new HttpHeaders());
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<ProblemDetail> invalid(ConstraintViolationException e) {
		ResponseEntity<ProblemDetail> response = respond(ProblemCode.VALIDATION_FAILED,
				new LocalizedText("请求字段无效", "Some fields are invalid"), new HttpHeaders());
		response.getBody().setProperty("errors", e.getConstraintViolations().stream()
			.map(v -> Map.of("field", String.valueOf(v.getPropertyPath()), "message", v.getMessage()))
			.toList());
		return response;
	}

	@ExceptionHandler({ AccessDeniedException.class, AuthorizationDeniedException.class })
	ResponseEntity<ProblemDetail> denied(Exception e) {
		return respond(ProblemCode.FORBIDDEN, FORBIDDEN, new HttpHeaders());
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception e) {
		log.error("Unexpected failure", e);
		return internal();
	}

	private static ResponseEntity<ProblemDetail> internal() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(500), INTERNAL.in(locale()));
		problem.setTitle("INTERNAL_ERROR");
		problem.setProperty("code", "INTERNAL_ERROR");
		return ResponseEntity.status(500).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		ProblemCode code = codeFor(statusCode);
		LocalizedText text = textFor(ex, statusCode);
		ProblemDetail problem = Problems.of(code, text, locale());
		List<Map<String, String>> fieldErrors = fieldErrors(ex);
		if (!fieldErrors.isEmpty()) {
			problem.setProperty("errors", fieldErrors);
		}
		HttpHeaders out = new HttpHeaders();
		out.addAll(headers);
		out.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		return ResponseEntity.status(statusCode).headers(out).body(problem);
	}

	private static ResponseEntity<ProblemDetail> respond(ProblemCode code, LocalizedText text, HttpHeaders headers) {
		if (code == ProblemCode.UNAVAILABLE && !headers.containsHeader(HttpHeaders.RETRY_AFTER)) {
			headers.set(HttpHeaders.RETRY_AFTER, Problems.RETRY_AFTER_SECONDS);
		}
		headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		return ResponseEntity.status(code.status()).headers(headers).body(Problems.of(code, text, locale()));
	}

	private static ProblemCode codeFor(HttpStatusCode status) {
		return switch (status.value()) {
			case 401 -> ProblemCode.UNAUTHENTICATED;
			case 403 -> ProblemCode.FORBIDDEN;
			case 404 -> ProblemCode.NOT_FOUND;
			case 405 -> ProblemCode.METHOD_NOT_ALLOWED;
			case 415, 406 -> ProblemCode.UNSUPPORTED_MEDIA_TYPE;
			case 503 -> ProblemCode.UNAVAILABLE;
			default -> ProblemCode.VALIDATION_FAILED;
		};
	}

	private static LocalizedText textFor(Exception ex, HttpStatusCode status) {
		return switch (status.value()) {
			case 404 -> new LocalizedText("资源不存在", "No such resource");
			case 405 -> new LocalizedText("不支持该请求方法", "This method is not supported here");
			case 415, 406 -> new LocalizedText("请求或响应的格式不受支持（请使用 JSON）", "Unsupported media type: use JSON");
			default -> ex instanceof MethodArgumentNotValidException || ex instanceof HandlerMethodValidationException
					? new LocalizedText("请求字段无效", "Some fields are invalid")
					: new LocalizedText("请求无效：" + brief(ex), "Bad request: " + brief(ex));
		};
	}

	private static String brief(Exception ex) {
		String message = ex.getMessage();
		if (message == null) {
			return ex.getClass().getSimpleName();
		}
		int cut = message.indexOf(':');
		String head = cut > 0 ? message.substring(0, cut) : message;
		return head.length() > 200 ? head.substring(0, 200) : head;
	}

	private static List<Map<String, String>> fieldErrors(Exception ex) {
		if (ex instanceof MethodArgumentNotValidException invalid) {
			return invalid.getBindingResult().getFieldErrors().stream()
				.map(e -> Map.of("field", e.getField(), "message", String.valueOf(e.getDefaultMessage())))
				.toList();
		}
		if (ex instanceof HandlerMethodValidationException invalid) {
			return invalid.getParameterValidationResults().stream()
				.flatMap(ProblemDetailsAdvice::messages)
				.toList();
		}
		return List.of();
	}

	private static java.util.stream.Stream<Map<String, String>> messages(ParameterValidationResult result) {
		String name = String.valueOf(result.getMethodParameter().getParameterName());
		return result.getResolvableErrors().stream()
			.map(e -> Map.of("field", name, "message", String.valueOf(e.getDefaultMessage())));
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}
}
