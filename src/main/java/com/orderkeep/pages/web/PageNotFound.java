package com.orderkeep.pages.web;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What is not there under the pages' paths (a style sheet, a script, a page that does not exist) is the 404 page,
 * not a problem detail: the pages' controllers have {@link PageErrors}, but a missing file is answered by the static
 * resources, which no controller advice of the pages reaches. Elsewhere the API's problem details answer as before.
 */
@Component
class PageNotFound implements HandlerExceptionResolver, Ordered {

	private static final List<RequestMatcher> PAGES = Arrays.stream(PageSecurity.PATHS)
		.map(path -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(path))
		.toList();

	private final PageModel header;

	PageNotFound(PageModel header) {
		this.header = header;
	}

	@Override
	public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
			@Nullable Object handler, Exception failure) {
		if (!(failure instanceof NoResourceFoundException) || PAGES.stream().noneMatch(page -> page.matches(request))) {
			return null;
		}
		ModelAndView page = new ModelAndView("error/404", HttpStatus.NOT_FOUND);
		page.addObject("viewer", header.viewer());
		page.addObject("lang", header.language());
		try {
			page.addObject("unread", header.unread());
		}
		catch (RuntimeException inboxUnreadable) {
			// a header without its badge is the lesser harm
		}
		return page;
	}

	@Override
	public int getOrder() {
		// before Spring MVC's own resolvers, which would answer with the API's problem details
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}
}
