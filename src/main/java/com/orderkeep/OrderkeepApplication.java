package com.orderkeep;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * orderkeep: the order platform that never loses, hides or silently cancels an acknowledged order.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(sharedModules = "shared")
public class OrderkeepApplication {

	public static void main(String[] args) {
		SpringApplication.run(OrderkeepApplication.class, args);
	}
}
