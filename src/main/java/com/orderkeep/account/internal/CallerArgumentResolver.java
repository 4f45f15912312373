package com.orderkeep.account.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import com.orderkeep.shared.Caller;
import com.orderkeep.shared.LocalizedText;
import com.orderkeep.shared.ProblemCode;
import com.orderkeep.shared.ProblemException;
import com.orderkeep.shared.Role;

/**
 * Lets controllers take the signed-in {@link Caller} as a parameter.
 */
class CallerArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == Caller.class;
	}

	@Override
	public Caller resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, @Nullable WebDataBinderFactory binderFactory) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof Jwt jwt)) {
			throw new ProblemException(ProblemCode.UNAUTHENTICATED, new LocalizedText("请先登录", "Sign in first"));
		}
		return new Caller(jwt.getSubject(), String.valueOf(jwt.getClaimAsString(TokenIssuer.USERNAME)),
				Role.valueOf(jwt.getClaimAsString(TokenIssuer.ROLE)), jwt.getClaimAsString(TokenIssuer.MERCHANT));
	}
}
