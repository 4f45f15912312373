package com.orderkeep.shared.web;

import com.orderkeep.shared.LocalizedText;
import com.orderkeep.shared.ProblemCode;

/**
 * What an error status raised outside the application's handlers means to a client, as a code and a message. A
 * status without a code of its own (414, 431, ...) is answered as the 400 it is.
 */
record ContainerError(ProblemCode code, LocalizedText text) {

	static ContainerError of(int status) {
		return switch (status) {
			case 401 -> new ContainerError(ProblemCode.UNAUTHENTICATED, new LocalizedText("请先登录", "Sign in first"));
			case 403 -> new ContainerError(ProblemCode.FORBIDDEN, new LocalizedText("无权执行此操作", "You may not do this"));
			case 404 -> new ContainerError(ProblemCode.NOT_FOUND, new LocalizedText("资源不存在", "No such resource"));
			case 405 -> new ContainerError(ProblemCode.METHOD_NOT_ALLOWED,
					new LocalizedText("不支持该请求方法", "This method is not supported here"));
			case 406 -> new ContainerError(ProblemCode.NOT_ACCEPTABLE,
					new LocalizedText("无法以请求的格式作答（请接受 JSON）", "Cannot answer in the format asked for: accept JSON"));
			case 413 -> new ContainerError(ProblemCode.PAYLOAD_TOO_LARGE, RequestBodyLimit.TEXT);
			case 415 -> new ContainerError(ProblemCode.UNSUPPORTED_MEDIA_TYPE,
					new LocalizedText("请求的格式不受支持（请使用 JSON）", "Unsupported media type: use JSON"));
			case 503 -> new ContainerError(ProblemCode.UNAVAILABLE,
					new LocalizedText("服务暂时不可用，请稍后重试；您的请求未被执行", "The service is briefly unavailable; nothing was done, please retry"));
			default -> status >= 500
					? new ContainerError(ProblemCode.INTERNAL_ERROR, new LocalizedText("服务内部错误", "Internal error"))
					: new ContainerError(ProblemCode.VALIDATION_FAILED, new LocalizedText(
							"请求格式无效（路径、请求头或请求行不合规范，或超出长度限制）",
							"Malformed request: its path, a header or the request line is not allowed or too long"));
		};
	}
}
