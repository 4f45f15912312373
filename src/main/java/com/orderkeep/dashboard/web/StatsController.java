package com.orderkeep.dashboard.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.orderkeep.dashboard.PlatformFigures;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Platform")
class StatsController {

	private final PlatformFigures figures;

	StatsController(PlatformFigures figures) {
		this.figures = figures;
	}

	@GetMapping("/api/admin/stats")
	@Operation(summary = "The marketplace's figures: orders by status and by day of the last two weeks, delistings after order, compensations by rule, refunds, advances outstanding, flagged merchants, payment incidents, groups formed and failed")
	PlatformFigures.Figures stats() {
		return figures.figures();
	}
}
