package org.blotfig.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.blotfig.stats.LongTable;
import org.junit.jupiter.api.Test;

/** Why a study figure has no statistics is said in the figure's terms, not as advice it cannot take. */
class GroupStatsTest {

	@Test
	void oneItemSaysSoInsteadOfSuggestingADesign() {
		LongTable one = LongTable.builder("ELISA sample concentrations").add("IL-4", "control", 30).add("IL-4", "control",
			32).add("IL-4", "co-culture", 57).add("IL-4", "co-culture", 58).build();
		GroupStats g = GroupStats.of(one);
		assertNull(g.result);
		// was "... two-way ANOVA needs at least 2 row levels and 2 column levels (found 1 x 2); use the one-way design"
		assertEquals("no statistics: the figures' two-way ANOVA + Sidak needs at least 2 items (analytes, targets or " +
			"populations), found only IL-4", g.note);
		LongTable two = LongTable.builder("x").add("IL-4", "c", 30).add("IL-4", "c", 32).add("IL-4", "t", 57)
			.add("IL-4", "t", 58).add("IL-2", "c", 10).add("IL-2", "c", 11).add("IL-2", "t", 60).add("IL-2", "t", 62)
			.build();
		assertNotNull(GroupStats.of(two).result);
	}
}
