package com.orderkeep.shared.web;

import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

/**
 * Describes the fields of the records the API reads and writes as they are: a field is null exactly where its
 * component is {@code @Nullable}, and every other field is required (answers carry every field, as
 * {@code spring.jackson.default-property-inclusion=always} says, and a request may leave out only what may be null).
 * A {@code @NotBlank} or {@code @NotEmpty} field is at least one long, whatever {@code @Size} says of its minimum.
 */
class RecordProperties implements ModelConverter {

	@Override
	public @Nullable Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
		if (!chain.hasNext()) {
			return null;
		}
		Schema resolved = chain.next().resolve(type, context, chain);
		Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
		if (resolved != null && raw.isRecord()) {
			Schema model = resolved.get$ref() == null ? resolved
					: context.getDefinedModels().get(resolved.get$ref().substring(resolved.get$ref().lastIndexOf('/') + 1));
			if (model != null && model.getProperties() != null) {
				describe(raw, model);
			}
		}
		return resolved;
	}

	@SuppressWarnings("unchecked")
	private static void describe(Class<?> record, Schema model) {
		Map<String, Schema> properties = model.getProperties();
		for (RecordComponent component : record.getRecordComponents()) {
			Schema property = properties.get(component.getName());
			if (property == null) {
				continue;
			}
			if (component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
				properties.put(component.getName(), nullable(property));
			}
			else if (model.getRequired() == null || !model.getRequired().contains(component.getName())) {
				model.addRequiredItem(component.getName());
			}
			if (notEmpty(record, component)) {
				atLeastOne(property);
			}
			inWordsIfUnicodeClasses(property);
		}
	}

	/**
	 * OpenAPI patterns are ECMA-262 regular expressions, which read Unicode classes such as {@code \\p{L}} only
	 * with a flag a description cannot give; a client would refuse every valid value. Such a rule is told in words.
	 */
	private static void inWordsIfUnicodeClasses(Schema property) {
		String pattern = property.getPattern();
		if (pattern != null && pattern.contains("\\p{")) {
			String rule = "Matches the Java regular expression " + pattern + " (\\p{L}: a letter of any script, \\p{N}: a digit).";
			property.setDescription(property.getDescription() == null ? rule : property.getDescription() + " " + rule);
			property.setPattern(null);
		}
	}

	/** A reference cannot carry {@code nullable} beside it in OpenAPI 3.0, so the reference goes into an allOf. */
	private static Schema nullable(Schema property) {
		if (property.get$ref() != null) {
			return new Schema<>().allOf(List.of(property)).nullable(true);
		}
		return property.nullable(true);
	}

	private static boolean notEmpty(Class<?> record, RecordComponent component) {
		try {
			Field field = record.getDeclaredField(component.getName());
			return field.isAnnotationPresent(NotBlank.class) || field.isAnnotationPresent(NotEmpty.class);
		}
		catch (NoSuchFieldException impossible) {
			return false;
		}
	}

	private static void atLeastOne(Schema property) {
		if ("array".equals(property.getType())) {
			property.setMinItems(Math.max(1, property.getMinItems() == null ? 0 : property.getMinItems()));
		}
		else if ("string".equals(property.getType())) {
			property.setMinLength(Math.max(1, property.getMinLength() == null ? 0 : property.getMinLength()));
		}
	}
}
