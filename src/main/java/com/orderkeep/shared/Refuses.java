package com.orderkeep.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The refusals an endpoint answers for its own business reasons, beyond those every endpoint can give (bad input,
 * sign-in, role, an unknown id in its path, an oversized or non-JSON body, an outage). The API description lists
 * them for the endpoint, so that a client knows which codes to handle.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Refuses {

	ProblemCode[] value();
}
