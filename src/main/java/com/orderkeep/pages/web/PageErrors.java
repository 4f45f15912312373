package com.orderkeep.pages.web;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import com.orderkeep.account.AccountRefused;
import com.orderkeep.catalog.CatalogRefused;
import com.orderkeep.groupbuy.GroupRefused;
import com.orderkeep.notification.NotificationRefused;
import com.orderkeep.ordering.OrderRefused;
import com.orderkeep.reputation.ReputationRefused;
import com.orderkeep.shared.ProblemCode;
import com.orderkeep.shared.ProblemException;
import com.orderkeep.shared.Refusal;

import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A page's errors are pages: what is not there (or is another buyer's) is the 404 page, a refusal is shown with its
 * reason, and anything else is the generic error page. The API's errors stay problem details: this advice is for the
 * pages' controllers only, and comes before the API's.
 */
@ControllerAdvice(basePackageClasses = PageErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

	private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

	private final PageModel header;
	private final MessageSource messages;

	PageErrors(PageModel header, MessageSource messages) {
		this.header = header;
		this.messages = messages;
	}

	/** An error's page has the header every page has: exception handlers get no model attributes of their own. */
	private void withHeader(Model model) {
		model.addAttribute("viewer", header.viewer());
		model.addAttribute("lang", header.language());
		try {
			model.addAttribute("unread", header.unread());
		}
		catch (RuntimeException inboxUnreadable) {
			// the page reports the error it was asked to; a header without its badge is the lesser harm
		}
	}

	@ExceptionHandler(NotificationRefused.class)
	String notificationRefused(NotificationRefused refused, Model model, HttpServletResponse response) {
		withHeader(model);
		return refused.reason() == NotificationRefused.Reason.NO_SUCH_NOTIFICATION ? notFound(response)
				: refused(refused, model, response);
	}

	@ExceptionHandler(OrderRefused.class)
	String orderRefused(OrderRefused refused, Model model, HttpServletResponse response) {
		withHeader(model);
		return refused.reason() == OrderRefused.Reason.NO_SUCH_ORDER ? notFound(response) : refused(refused, model, response);
	}

	@ExceptionHandler(GroupRefused.class)
	String groupRefused(GroupRefused refused, Model model, HttpServletResponse response) {
		withHeader(model);
		return refused.reason() == GroupRefused.Reason.NO_SUCH_GROUP ? notFound(response) : refused(refused, model, response);
	}

	@ExceptionHandler(CatalogRefused.class)
	String catalogRefused(CatalogRefused refused, Model model, HttpServletResponse response) {
		withHeader(model);
		return refused.reason() == CatalogRefused.Reason.NO_SUCH_THING ? notFound(response) : refused(refused, model, response);
	}

	@ExceptionHandler(ReputationRefused.class)
	String reputationRefused(ReputationRefused refused, Model model, HttpServletResponse response) {
		withHeader(model);
		return refused.reason() == ReputationRefused.Reason.NO_SUCH_MERCHANT ? notFound(response)
				: refused(refused, model, response);
	}

	@ExceptionHandler(Refusal.class)
	String refused(Refusal refused, Model model, HttpServletResponse response) {
		withHeader(model);
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("refusal", refused.text());
		return "error/refused";
	}

	@ExceptionHandler(ProblemException.class)
	String problem(ProblemException problem, Model model, HttpServletResponse response) {
		withHeader(model);
		if (problem.code() == ProblemCode.NOT_FOUND) {
			return notFound(response);
		}
		if (problem.code() == ProblemCode.FORBIDDEN) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			return "error/403";
		}
		response.setStatus(problem.code().status());
		model.addAttribute("refusal", problem.text());
		return "error/refused";
	}

	@ExceptionHandler(AccountRefused.class)
	String accountRefused(AccountRefused refused, Model model, HttpServletResponse response) {
		withHeader(model);
		return refused.reason() == AccountRefused.Reason.NO_SUCH_USER ? notFound(response) : refused(refused, model, response);
	}

	/** A form that does not hold is sent back with what is wrong with each field, in the page's language. */
	@ExceptionHandler(BindException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String invalidForm(BindException invalid, Model model) {
		withHeader(model);
		log.info("A page's form did not hold: {}", invalid.getMessage());
		model.addAttribute("problems", invalid.getFieldErrors().stream()
			.map(error -> new FieldProblem(error.getField(), error.isBindingFailure()
					// what would not convert (a word for a number, a date that is none) is said plainly, not as Java
					? messages.getMessage("error.invalid.format", null, LocaleContextHolder.getLocale())
					: String.valueOf(error.getDefaultMessage())))
			.sorted(java.util.Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message))
			.toList());
		return "error/invalid";
	}

	/** A field of a form, and what is wrong with it. */
	public record FieldProblem(String field, String message) {
	}

	@ExceptionHandler({ MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class })
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String badRequest(Exception invalid, Model model) {
		withHeader(model);
		log.info("A page's request did not hold: {}", invalid.getMessage());
		model.addAttribute("problems", java.util.List.of());
		return "error/invalid";
	}

	/** A notification stream's browser went away: there is nobody to answer, as Spring's own handlers do. */
	@ExceptionHandler(AsyncRequestNotUsableException.class)
	@Nullable
	ResponseEntity<Void> clientGone() {
		return null;
	}

	@ExceptionHandler(Exception.class)
	@ResponseStatus(HttpStatus.INTERNAL_SERVER_ERROR)
	String failed(Exception failure, Model model) {
		withHeader(model);
		log.error("A page failed", failure);
		return "error/error";
	}

	private static String notFound(HttpServletResponse response) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		return "error/404";
	}
}
