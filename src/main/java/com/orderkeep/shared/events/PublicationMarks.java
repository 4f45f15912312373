package com.orderkeep.shared.events;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.SmartLifecycle;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How the event publication registry's marks reach the database. Spring Modulith marks a listener's publication
 * PROCESSING before calling the listener and COMPLETED after, each in a synced commit of its own: with three
 * listeners on placement that was six commits per placement batch beside the batch's one.
 * <ul>
 * <li>The PROCESSING mark is left out: an unfinished publication is found by its age either way, and the staleness
 * limits of PUBLISHED and PROCESSING are the same ({@code spring.modulith.events.staleness.*}).</li>
 * <li>COMPLETED marks are gathered for {@link #GATHERING} and written in one commit. A mark lost to a crash in
 * between leaves its publication incomplete, so its listener is called again, as it would be after a crash between
 * the listener and its mark: listeners are idempotent. At shutdown the gathered marks are written first.</li>
 * </ul>
 */
@Component
class PublicationMarks implements BeanPostProcessor, SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(PublicationMarks.class);

	static final Duration GATHERING = Duration.ofMillis(100);
	private static final int MOST_PER_COMMIT = 1_000;

	private record Completion(UUID publication, Instant at) {
	}

	private final ObjectProvider<PlatformTransactionManager> transactions;
	private final Queue<Completion> completed = new ConcurrentLinkedQueue<>();
	private @Nullable EventPublicationRepository repository;
	private @Nullable ScheduledExecutorService writer;
	private volatile boolean gathering;

	PublicationMarks(ObjectProvider<PlatformTransactionManager> transactions) {
		this.transactions = transactions;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (!(bean instanceof EventPublicationRepository publications)) {
			return bean;
		}
		repository = publications;
		ProxyFactory proxy = new ProxyFactory(EventPublicationRepository.class, (MethodInterceptor) this::mark);
		proxy.setTarget(bean);
		return proxy.getProxy(getClass().getClassLoader());
	}

	private @Nullable Object mark(MethodInvocation invocation) throws Throwable {
		String method = invocation.getMethod().getName();
		Object[] arguments = invocation.getArguments();
		if (method.equals("markProcessing")) {
			return null;
		}
		if (gathering && method.equals("markCompleted") && arguments.length == 2 && arguments[0] instanceof UUID id
				&& arguments[1] instanceof Instant at) {
			completed.add(new Completion(id, at));
			return null;
		}
		return invocation.proceed();
	}

	/** Writes the gathered COMPLETED marks, at most {@link #MOST_PER_COMMIT} of them, in one commit. */
	private void writeGathered() {
		EventPublicationRepository publications = repository;
		if (publications == null) {
			return;
		}
		List<Completion> marks = new ArrayList<>();
		Completion next;
		while (marks.size() < MOST_PER_COMMIT && (next = completed.poll()) != null) {
			marks.add(next);
		}
		if (marks.isEmpty()) {
			return;
		}
		try {
			new TransactionTemplate(transactions.getObject()).executeWithoutResult(
					status -> marks.forEach(mark -> publications.markCompleted(mark.publication(), mark.at())));
		}
		catch (RuntimeException e) {
			log.warn("{} completed event publications not marked now; their listeners will be called again once the"
					+ " publications are found stale: {}", marks.size(), e.toString());
		}
	}

	@Override
	public void start() {
		ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread marks = new Thread(task, "publication-marks");
			marks.setDaemon(true);
			return marks;
		});
		thread.scheduleWithFixedDelay(this::writeAll, GATHERING.toMillis(), GATHERING.toMillis(), TimeUnit.MILLISECONDS);
		writer = thread;
		gathering = true;
	}

	/** Marks from now on are written as they come; those gathered so far are written before the database closes. */
	@Override
	public void stop() {
		gathering = false;
		ScheduledExecutorService thread = writer;
		if (thread != null) {
			thread.shutdown();
			try {
				thread.awaitTermination(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		writeAll();
		writer = null;
	}

	private void writeAll() {
		while (!completed.isEmpty()) {
			writeGathered();
		}
	}

	@Override
	public boolean isRunning() {
		return gathering;
	}

	/** Stopped after everything that may still complete publications (the web server, the scheduler). */
	@Override
	public int getPhase() {
		return Integer.MIN_VALUE;
	}
}
