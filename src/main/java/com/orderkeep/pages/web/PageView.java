package com.orderkeep.pages.web;

import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.thymeleaf.spring6.view.ThymeleafView;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page whose template fails while rendering becomes the generic error page, never a half-written page or a stack
 * trace: the templates are rendered whole before anything is sent
 * ({@code spring.thymeleaf.servlet.produce-partial-output-while-processing=false}), so the failed output can be
 * dropped. Spring MVC hands a view's failure to no exception handler, hence this view.
 */
public class PageView extends ThymeleafView {

	private static final Logger log = LoggerFactory.getLogger(PageView.class);
	private static final String ERROR = "error/error";

	@Override
	public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) throws Exception {
		try {
			super.render(model, request, response);
		}
		catch (Exception failure) {
			if (response.isCommitted() || getTemplateName().startsWith("error/")) {
				throw failure;
			}
			log.error("The template {} failed", getTemplateName(), failure);
			response.resetBuffer();
			response.setStatus(HttpStatus.INTERNAL_SERVER_ERROR.value());
			Map<String, Object> header = new HashMap<>();
			for (String kept : new String[] { "viewer", "lang", "unread" }) {
				if (model.containsKey(kept)) {
					header.put(kept, model.get(kept));
				}
			}
			View error = getApplicationContext().getBean(ThymeleafViewResolver.class)
				.resolveViewName(ERROR, RequestContextUtils.getLocale(request));
			if (error == null) {
				throw failure;
			}
			error.render(header, request, response);
		}
	}
}
