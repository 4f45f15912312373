package com.orderkeep.pages.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The pages are rendered as {@link PageView}s, which turn a failing template into the error page, and are always
 * sent as HTML.
 */
@Configuration(proxyBeanMethods = false)
class PageViews {

	@Bean
	static BeanPostProcessor pageViewClass() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String name) {
				if (bean instanceof ThymeleafViewResolver resolver) {
					resolver.setViewClass(PageView.class);
					// a page is HTML whatever its path ends with: the 404 page of a missing script is not a script
					resolver.setForceContentType(true);
				}
				return bean;
			}
		};
	}
}
