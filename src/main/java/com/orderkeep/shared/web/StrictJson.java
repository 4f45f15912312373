package com.orderkeep.shared.web;

import java.util.function.Consumer;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.MutableCoercionConfig;
import tools.jackson.databind.type.LogicalType;

/**
 * JSON is read as written: a number sent as a string ({@code "quantity":"1"}), a string sent as a number or a boolean,
 * and a field given twice ({@code {"quantity":1,"quantity":500}}, where the last would silently win) are refused with
 * 400 rather than guessed at. Fractions for whole numbers and enum positions are refused by configuration
 * ({@code spring.jackson.deserialization.accept-float-as-int}, {@code spring.jackson.datatype.enum.*}).
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

	@Bean
	JsonMapperBuilderCustomizer refuseLooseJson() {
		return builder -> builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.withCoercionConfig(LogicalType.Integer, refuse(CoercionInputShape.String, CoercionInputShape.Boolean))
			.withCoercionConfig(LogicalType.Float, refuse(CoercionInputShape.String, CoercionInputShape.Boolean))
			.withCoercionConfig(LogicalType.Boolean, refuse(CoercionInputShape.String, CoercionInputShape.Integer,
					CoercionInputShape.Float))
			.withCoercionConfig(LogicalType.Textual, refuse(CoercionInputShape.Integer, CoercionInputShape.Float,
					CoercionInputShape.Boolean));
	}

	private static Consumer<MutableCoercionConfig> refuse(CoercionInputShape... shapes) {
		return config -> {
			for (CoercionInputShape shape : shapes) {
				config.setCoercion(shape, CoercionAction.Fail);
			}
		};
	}
}
