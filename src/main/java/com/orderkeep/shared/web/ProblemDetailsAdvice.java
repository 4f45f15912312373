package com.orderkeep.shared.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
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
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
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
	private static final LocalizedText REJECTED = new LocalizedText("请求路径或请求头不合规范",
			"The request's path or a header is not allowed");

	@ExceptionHandler(ProblemException.class)
	ResponseEntity<ProblemDetail> refused(ProblemException e) {
		return Problems.response(e.code(), e.text(), e.retryAfter());
	}

	/** Someone changed the same thing a moment earlier: nothing was written, and a retry sees the new state. */
	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> changedConcurrently(OptimisticLockingFailureException e) {
		return Problems.response(ProblemCode.INVALID_STATE, new LocalizedText("刚刚有人修改了同一订单，请刷新后重试",
				"This was just changed by someone else; nothing was done, reload and retry"), null);
	}

	/** The database is out of reach, or a connection died under a transaction: nothing was acknowledged. */
	@ExceptionHandler({ DataAccessResourceFailureException.class, RecoverableDataAccessException.class,
			TransientDataAccessException.class, CannotCreateTransactionException.class, TransactionSystemException.class })
	ResponseEntity<ProblemDetail> databaseUnavailable(Exception e) {
		log.warn("Database unavailable, answering 503: {}", e.getMessage());
		return Problems.response(ProblemCode.UNAVAILABLE, UNAVAILABLE, null);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<ProblemDetail> invalid(ConstraintViolationException e) {
		ResponseEntity<ProblemDetail> response = Problems.response(ProblemCode.VALIDATION_FAILED,
				new LocalizedText("请求字段无效", "Some fields are invalid"), null);
		response.getBody().setProperty("errors", sorted(e.getConstraintViolations().stream()
			.map(v -> Map.of("field", String.valueOf(v.getPropertyPath()), "message", v.getMessage()))));
		return response;
	}

	@ExceptionHandler({ AccessDeniedException.class, AuthorizationDeniedException.class })
	ResponseEntity<ProblemDetail> denied(Exception e) {
		return Problems.response(ProblemCode.FORBIDDEN, FORBIDDEN, null);
	}

	/** A header or parameter the security firewall refuses, read by a handler: the client sent bytes it may not. */
	@ExceptionHandler(RequestRejectedException.class)
	ResponseEntity<ProblemDetail> rejected(RequestRejectedException e) {
		return Problems.response(ProblemCode.VALIDATION_FAILED, REJECTED, null);
	}

	/** A body sent in chunks ran past the size limit while a handler read it. */
	@ExceptionHandler(RequestBodyLimit.TooLarge.class)
	ResponseEntity<ProblemDetail> tooLarge(RequestBodyLimit.TooLarge e) {
		return Problems.response(ProblemCode.PAYLOAD_TOO_LARGE, RequestBodyLimit.TEXT, null);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception e) {
		log.error("Unexpected failure", e);
		return internal();
	}

	private static ResponseEntity<ProblemDetail> internal() {
		return Problems.response(ProblemCode.INTERNAL_ERROR, INTERNAL, null);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (causedBy(ex, RequestBodyLimit.TooLarge.class)) {
			return ResponseEntity.status(ProblemCode.PAYLOAD_TOO_LARGE.status())
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(Problems.of(ProblemCode.PAYLOAD_TOO_LARGE, RequestBodyLimit.TEXT, locale()));
		}
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

	private static ProblemCode codeFor(HttpStatusCode status) {
		return switch (status.value()) {
			case 401 -> ProblemCode.UNAUTHENTICATED;
			case 403 -> ProblemCode.FORBIDDEN;
			case 404 -> ProblemCode.NOT_FOUND;
			case 405 -> ProblemCode.METHOD_NOT_ALLOWED;
			case 406 -> ProblemCode.NOT_ACCEPTABLE;
			case 413 -> ProblemCode.PAYLOAD_TOO_LARGE;
			case 415 -> ProblemCode.UNSUPPORTED_MEDIA_TYPE;
			case 503 -> ProblemCode.UNAVAILABLE;
			default -> ProblemCode.VALIDATION_FAILED;
		};
	}

	private static LocalizedText textFor(Exception ex, HttpStatusCode status) {
		return switch (status.value()) {
			case 404 -> new LocalizedText("资源不存在", "No such resource");
			case 405 -> new LocalizedText("不支持该请求方法", "This method is not supported here");
			case 406 -> new LocalizedText("无法以请求的格式作答（请接受 JSON）", "Cannot answer in the format asked for: accept JSON");
			case 415 -> new LocalizedText("请求的格式不受支持（请使用 JSON）", "Unsupported media type: use JSON");
			default -> badRequest(ex);
		};
	}

	private static LocalizedText badRequest(Exception ex) {
		if (ex instanceof MethodArgumentNotValidException || ex instanceof HandlerMethodValidationException) {
			return new LocalizedText("请求字段无效", "Some fields are invalid");
		}
		if (ex instanceof HttpMessageNotReadableException) {
			return new LocalizedText("请求体无法解析：须为有效的 JSON 对象，数字不得写成字符串，字段不得重复，类型须与说明一致",
					"The body cannot be read: it must be a valid JSON object with numbers as numbers, no repeated fields, and each field of its documented type");
		}
		if (ex instanceof MissingRequestHeaderException missing) {
			return new LocalizedText("缺少请求头「" + missing.getHeaderName() + "」", "Missing header " + missing.getHeaderName());
		}
		if (ex instanceof MissingServletRequestParameterException missing) {
			return new LocalizedText("缺少参数「" + missing.getParameterName() + "」", "Missing parameter " + missing.getParameterName());
		}
		if (ex instanceof TypeMismatchException mismatch && mismatch.getPropertyName() != null) {
			return new LocalizedText("参数「" + mismatch.getPropertyName() + "」的值无效",
					"Parameter " + mismatch.getPropertyName() + " has an invalid value");
		}
		return new LocalizedText("请求无效", "Bad request");
	}

	private static boolean causedBy(Throwable ex, Class<? extends Throwable> type) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (type.isInstance(t)) {
				return true;
			}
		}
		return false;
	}

	private static List<Map<String, String>> fieldErrors(Exception ex) {
		if (ex instanceof MethodArgumentNotValidException invalid) {
			return sorted(invalid.getBindingResult().getFieldErrors().stream()
				.map(e -> Map.of("field", e.getField(), "message", String.valueOf(e.getDefaultMessage()))));
		}
		if (ex instanceof HandlerMethodValidationException invalid) {
			return sorted(invalid.getParameterValidationResults().stream().flatMap(ProblemDetailsAdvice::messages));
		}
		return List.of();
	}

	/** Field errors in one order, whatever order the validator found them in: by field, then message. */
	private static List<Map<String, String>> sorted(Stream<Map<String, String>> errors) {
		return errors.sorted(Comparator.comparing((Map<String, String> e) -> e.get("field"))
			.thenComparing(e -> e.get("message"))).toList();
	}

	private static Stream<Map<String, String>> messages(ParameterValidationResult result) {
		String name = String.valueOf(result.getMethodParameter().getParameterName());
		return result.getResolvableErrors().stream()
			.map(e -> Map.of("field", name, "message", String.valueOf(e.getDefaultMessage())));
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}
}
