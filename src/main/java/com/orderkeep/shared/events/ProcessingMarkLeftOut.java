package com.orderkeep.shared.events;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.stereotype.Component;

/**
 * Leaves out the registry's "processing" mark: Spring Modulith updates a listener's publication to PROCESSING, in a
 * transaction of its own, before calling the listener, and to COMPLETED after. That first commit tells nothing a
 * recovery needs here, because an unfinished publication is found by its age either way and the staleness limits
 * for PUBLISHED and PROCESSING are the same ({@code spring.modulith.events.staleness.*}); yet it is one more synced
 * commit per listener and batch, competing with the placement batches for the log.
 */
@Component
class ProcessingMarkLeftOut implements BeanPostProcessor {

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (!(bean instanceof EventPublicationRepository)) {
			return bean;
		}
		ProxyFactory proxy = new ProxyFactory(EventPublicationRepository.class, (MethodInterceptor) invocation ->
				invocation.getMethod().getName().equals("markProcessing") ? null : invocation.proceed());
		proxy.setTarget(bean);
		return proxy.getProxy(getClass().getClassLoader());
	}
}
