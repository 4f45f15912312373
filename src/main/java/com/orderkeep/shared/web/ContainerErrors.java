package com.orderkeep.shared.web;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;

import com.orderkeep.shared.LocalizedText;
import com.orderkeep.shared.ProblemCode;
import com.orderkeep.shared.Problems;

/**
 * Every answer the service gives, including those given before Spring MVC or by Tomcat itself, is a problem detail
 * in Chinese or English: malformed requests are refused at the door, oversized bodies with 413, requests the security
 * firewall rejects with 400, and Tomcat's own error pages are replaced.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrors {

	private static final LocalizedText REJECTED = new LocalizedText("请求路径或请求头不合规范",
			"The request's path or a header is not allowed");

	@Bean
	LocaleResolver localeResolver() {
		return new Languages();
	}

	@Bean
	FilterRegistrationBean<MalformedRequestFilter> malformedRequests() {
		FilterRegistrationBean<MalformedRequestFilter> registration = new FilterRegistrationBean<>(new MalformedRequestFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(
			@Value("${orderkeep.http.max-body-size:1MB}") DataSize limit) {
		FilterRegistrationBean<RequestBodyLimit> registration = new FilterRegistrationBean<>(new RequestBodyLimit(limit));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	@Bean
	RequestRejectedHandler firewallRejections() {
		return (request, response, rejected) -> Problems.write(response, ProblemCode.VALIDATION_FAILED, REJECTED,
				new Languages().resolveLocale(request));
	}

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorPages() {
		return factory -> factory.addContextCustomizers(context -> {
			Container host = context.getParent();
			for (Valve valve : host.getPipeline().getValves()) {
				if (valve instanceof ErrorReportValve) {
					host.getPipeline().removeValve(valve);
				}
			}
			host.getPipeline().addValve(new ProblemReportValve());
			if (host instanceof StandardHost standard) {
				standard.setErrorReportValveClass(ProblemReportValve.class.getName());
			}
		});
	}
}
