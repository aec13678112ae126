package org.blotfig.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.blotfig.core.InputException;
import org.junit.jupiter.api.Test;

/**
 * "Control" typed on one line and "control" on another is one group mistyped: as two groups it
 * would silently split the group (a bar of one replicate, comparisons of a group with itself).
 */
class LookAlikeLabelsTest {

	@Test
	void groupsOrRowsDifferingOnlyInCaseOrSpacesAreRefusedNamingBoth() {
		InputException e = assertThrows(InputException.class, () -> LongTable.builder("data.csv")
			.add("P53", "control", 1, "line 2").add("P53", "treated", 2, "line 3").add("P53", "Control", 1.1, "line 4"));
		assertEquals("data.csv: groups 'control' (line 2) and 'Control' (line 4) differ only in upper/lower case " +
			"or spaces; write them the same if they are one, or differently", e.getMessage());
		e = assertThrows(InputException.class, () -> LongTable.builder("data.csv").add("NF-kB", "c", 1, "line 2")
			.add("NF-KB", "c", 1, "line 3").build());
		assertTrue(e.getMessage().startsWith("data.csv: row labels 'NF-kB' (line 2) and 'NF-KB' (line 3)"), e.getMessage());
		e = assertThrows(InputException.class, () -> LongTable.builder("data.csv").add("P53", "co culture", 1, "line 2")
			.add("P53", "treated", 1, "line 3").add("P53", "Co  Culture", 1, "line 4").build());
		assertTrue(e.getMessage().contains("'co culture' (line 2) and 'Co  Culture' (line 4)"), e.getMessage());
	}

	@Test
	void distinctLabelsStayDistinct() {
		LongTable t = LongTable.builder("data.csv").add("ERK1/2", "control", 1, "line 2").add("p-ERK1/2", "control", 2,
			"line 3").add("ERK1/2", "co-culture", 1, "line 4").add("p-ERK1/2", "co-culture", 2, "line 5").build();
		assertEquals(2, t.rows());
		assertEquals(2, t.cols());
		assertEquals(4, t.size());
	}
}
