package com.orderkeep.ordering.web;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import com.orderkeep.shared.LocalizedText;
import com.orderkeep.shared.ProblemCode;
import com.orderkeep.shared.ProblemException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Applies {@link PlacementRateLimit} to {@code POST /api/orders}: 429 {@code RATE_LIMITED} with {@code Retry-After}.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitInterceptor implements WebMvcConfigurer, HandlerInterceptor {

	private final PlacementRateLimit limit;

	RateLimitInterceptor(PlacementRateLimit limit) {
		this.limit = limit;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/api/orders");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!"POST".equals(request.getMethod())) {
			return true;
		}
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		Duration wait = limit.take(user == null ? "" : user.getName(), request.getRemoteAddr());
		if (wait.isZero()) {
			return true;
		}
		throw new ProblemException(ProblemCode.RATE_LIMITED,
				new LocalizedText("操作太频繁，请稍后再试", "Too many orders too fast; retry after the time in Retry-After"), wait);
	}
}
