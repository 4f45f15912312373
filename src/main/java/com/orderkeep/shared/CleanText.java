package com.orderkeep.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Text that people will see is clean: no control characters (NUL, ESC, ...), no invisible format characters that
 * reorder or hide what is shown (bidi overrides such as U+202E, zero-width spaces, a byte-order mark), no lone
 * surrogates, no noncharacters (U+FFFE, U+FFFF). A zero-width joiner stays allowed, since emoji sequences need it; {@code multiline} text may also hold
 * line breaks and tabs.
 */
@Documented
@Constraint(validatedBy = CleanTextValidator.class)
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface CleanText {

	String message() default "{orderkeep.clean-text}";

	boolean multiline() default false;

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};
}
