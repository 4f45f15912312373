package com.orderkeep.shared.web;

import java.io.IOException;

import org.jspecify.annotations.Nullable;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import com.orderkeep.shared.LocalizedText;
import com.orderkeep.shared.ProblemCode;
import com.orderkeep.shared.Problems;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * No request body beyond a limit is read: one that announces its length is refused at once with 413, and one sent in
 * chunks stops being read at the limit ({@link TooLarge}, answered with 413 where the body is parsed).
 */
class RequestBodyLimit extends OncePerRequestFilter {

	static final LocalizedText TEXT = new LocalizedText("请求内容过大", "The request body is too large");

	private final long limit;

	RequestBodyLimit(DataSize limit) {
		this.limit = limit.toBytes();
	}

	/** Reading a request body went past the limit. */
	static final class TooLarge extends IOException {

		TooLarge(long limit) {
			super("request body over " + limit + " bytes");
		}
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > limit) {
			Problems.write(response, ProblemCode.PAYLOAD_TOO_LARGE, TEXT, Languages.of(request.getHeader("Accept-Language")));
			return;
		}
		chain.doFilter(new Bounded(request, limit), response);
	}

	private static final class Bounded extends HttpServletRequestWrapper {

		private final long limit;
		private @Nullable ServletInputStream stream;

		Bounded(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				stream = new Counting(super.getInputStream(), limit);
			}
			return stream;
		}
	}

	private static final class Counting extends ServletInputStream {

		private final ServletInputStream in;
		private final long limit;
		private long read;

		Counting(ServletInputStream in, long limit) {
			this.in = in;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = in.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = in.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws TooLarge {
			read += n;
			if (read > limit) {
				throw new TooLarge(limit);
			}
		}

		@Override
		public boolean isFinished() {
			return in.isFinished();
		}

		@Override
		public boolean isReady() {
			return in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			in.setReadListener(listener);
		}
	}
}
