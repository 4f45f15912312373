package com.orderkeep.groupbuy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A member's name on a share page shows its first and last characters only, whatever its alphabet or length. */
class MaskedNamesTests {

	@Test
	void keepsTheFirstAndLastCharacters() {
		assertThat(MaskedNames.of("lili")).isEqualTo("l**i");
		assertThat(MaskedNames.of("小明明")).isEqualTo("小*明");
	}

	@Test
	void neverShowsAShortNameWhole() {
		assertThat(MaskedNames.of("ab")).isEqualTo("a*");
		assertThat(MaskedNames.of("a")).isEqualTo("a*");
	}

	@Test
	void starsNoMoreThanFourCharactersOfALongName() {
		assertThat(MaskedNames.of("buyer-0123456789")).isEqualTo("b****9");
	}

	@Test
	void keepsCharactersBeyondTheBasicPlaneWhole() {
		assertThat(MaskedNames.of("😀abc😀")).isEqualTo("😀***😀");
	}
}
