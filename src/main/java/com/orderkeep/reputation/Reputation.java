package com.orderkeep.reputation;

import java.util.List;

import com.orderkeep.shared.LocalizedText;

/**
 * A merchant's standing as buyers see it: a 0–100 score and its grade, each component with its weight and the
 * numbers behind it, and warnings (below the platform's threshold, owing the platform, flagged by its rules).
 *
 * @param rating the buyers' rating on 1–5, smoothed toward the platform's mean
 * @param sampleSize the reviews and paid orders of the window the score rests on
 */
public record Reputation(String merchantId, int score, String grade, double rating, long sampleSize,
		List<Component> components, List<Warning> warnings) {

	/** One part of the score: its value on 0–100, its share of the score, and what it was computed from. */
	public record Component(String code, double value, double weight, long count, long outOf, LocalizedText detail) {
	}

	/** Something a buyer should know before paying, with a stable code. */
	public record Warning(String code, LocalizedText message) {
	}

	public boolean warns(String code) {
		return warnings.stream().anyMatch(w -> w.code().equals(code));
	}

	/** Whether the score is below the platform's threshold: no flash sales, and buyers are warned before paying. */
	public boolean belowThreshold() {
		return warns(BELOW_THRESHOLD);
	}

	public static final String BELOW_THRESHOLD = "BELOW_THRESHOLD";
	public static final String OWES_PLATFORM = "OWES_PLATFORM";
	public static final String FLAGGED = "FLAGGED";
}
