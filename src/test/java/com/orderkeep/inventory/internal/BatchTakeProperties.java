package com.orderkeep.inventory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/**
 * However a batch's requests and the units available fall, and however much other writers take meanwhile, a batch
 * never takes more than is there, takes exactly what it grants, and without interference serves requests first come
 * first served.
 */
class BatchTakeProperties {

	/** A stock that other writers drain by {@code theft} units before each of this batch's reads. */
	static final class Stock implements BatchTake.Source {

		long units;
		final long theft;

		Stock(long units, long theft) {
			this.units = units;
			this.theft = theft;
		}

		@Override
		public boolean take(long wanted) {
			if (wanted > units) {
				return false;
			}
			units -= wanted;
			return true;
		}

		@Override
		public long available() {
			long level = units;
			units = Math.max(0, units - theft);
			return level;
		}
	}

	@Property(tries = 2000)
	void takesExactlyWhatItGrantsAndNeverMoreThanIsThere(@ForAll @Size(max = 30) List<@IntRange(min = 1, max = 20) Integer> quantities,
			@ForAll @LongRange(max = 400) long units, @ForAll @LongRange(max = 10) long theft) {
		Stock stock = new Stock(units, theft);

		List<Boolean> granted = BatchTake.take(stock, quantities);

		long grantedUnits = 0;
		for (int i = 0; i < quantities.size(); i++) {
			grantedUnits += granted.get(i) ? quantities.get(i) : 0;
		}
		assertThat(granted).hasSameSizeAs(quantities);
		assertThat(grantedUnits).isLessThanOrEqualTo(units);
		assertThat(stock.units).isGreaterThanOrEqualTo(0).isLessThanOrEqualTo(units - grantedUnits);
	}

	@Property(tries = 2000)
	void servesFirstComeFirstServedWhenNobodyElseTakes(@ForAll @Size(max = 30) List<@IntRange(min = 1, max = 20) Integer> quantities,
			@ForAll @LongRange(max = 400) long units) {
		List<Boolean> granted = BatchTake.take(new Stock(units, 0), quantities);

		long left = units;
		for (int i = 0; i < quantities.size(); i++) {
			boolean fits = quantities.get(i) <= left;
			assertThat(granted.get(i)).as("request %d of %s with %d units", i, quantities, units).isEqualTo(fits);
			left -= fits ? quantities.get(i) : 0;
		}
	}
}
