package org.blotfig.flow;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.blotfig.core.InputException;
import org.blotfig.io.Csv;
import org.junit.jupiter.api.Test;

/** FlowJo-style and long percentage tables, from the documented examples in test-images/flow. */
class FlowTablesTest {

	static List<List<String>> cells(Csv.Table t) {
		List<List<String>> out = new ArrayList<>();
		for (CSVRecord r : t.rows) {
			List<String> row = new ArrayList<>();
			r.forEach(row::add);
			out.add(row);
		}
		return out;
	}

	@Test
	void flowJoQuadrantsBySignsNotNumbers() {
		Path p = Paths.get("test-images/flow/flowjo_apoptosis_example.csv");
		FlowJoTable ft = FlowJoTable.read(p);
		assertEquals(Arrays.asList("control_1.fcs", "control_2.fcs", "treated_1.fcs", "treated_2.fcs"), ft.samples());
		// FL1-H = Annexin V, FL2-H = PI
		assertEquals(20.50, ft.quadrantPercent("treated_1.fcs", "FL1-H", true, "FL2-H", false), 0); // early
		assertEquals(12.40, ft.quadrantPercent("treated_1.fcs", "FL1-H", true, "FL2-H", true), 0); // late
		assertEquals(3.10, ft.quadrantPercent("treated_1.fcs", "FL1-H", false, "FL2-H", true), 0); // necrotic
		assertEquals(64.00, ft.quadrantPercent("treated_1.fcs", "FL1-H", false, "FL2-H", false), 0); // live
		// axes swapped: same quadrant found by its signs
		assertEquals(20.50, ft.quadrantPercent("treated_1.fcs", "FL2-H", false, "FL1-H", true), 0);
		assertEquals(2 * 5, ft.summary.size());
		assertEquals("Mean", ft.summary.get(0).sample);
	}

	@Test
	void flowJoWithoutPercentSuffixAndRenumberedQuadrants() {
		// Q numbers deliberately not FlowJo's usual ones: mapping must follow the signs
		List<String> header = Arrays.asList("", "Live/Q4: Comp-FITC-A+ , Comp-PI-A- | Freq. of Parent",
			"Live/Q1: Comp-FITC-A+ , Comp-PI-A+ | Freq. of Parent", "Live | Count");
		List<List<String>> rows = Arrays.asList(Arrays.asList("s1", "30.5%", "10", "500"));
		FlowJoTable ft = FlowJoTable.parse(Paths.get("x.csv"), header, rows);
		assertEquals(30.5, ft.quadrantPercent("s1", "Comp-FITC-A", true, "Comp-PI-A", false), 0);
		assertEquals(10, ft.quadrantPercent("s1", "Comp-FITC-A", true, "Comp-PI-A", true), 0);
		InputException e = assertThrows(InputException.class,
			() -> ft.quadrantPercent("s1", "Comp-FITC-A", false, "Comp-PI-A", false));
		assertTrue(e.getMessage().contains("no percentage column"), e.getMessage());
		e = assertThrows(InputException.class, () -> FlowJoTable.parse(Paths.get("x.csv"), header,
			Arrays.asList(Arrays.asList("s1", "abc", "1", "2"))));
		assertTrue(e.getMessage().contains("x.csv: line 2"), e.getMessage());
	}

	@Test
	void longPercentTable() {
		Path p = Paths.get("test-images/flow/long_percent_example.csv");
		LongPercentTable lt = LongPercentTable.read(p);
		// the same file through the project's header-mapped CSV reader gives the same rows
		Csv.Table t = Csv.read(p);
		assertEquals(lt.rows.size(), LongPercentTable.parse(p, t.header, cells(t)).rows.size());
		assertEquals(6, lt.rows.size());
		assertEquals("MSC_donor2", lt.rows.get(3).sample);
		assertEquals("CD105+", lt.rows.get(3).population);
		assertEquals(97.9, lt.rows.get(3).percent, 0);
		List<String> h = Arrays.asList("sample", "group", "population", "percent");
		InputException e = assertThrows(InputException.class, () -> LongPercentTable.parse(p, h,
			Arrays.asList(Arrays.asList("a", "g", "CD34+", "120"))));
		assertTrue(e.getMessage().contains("outside 0..100"), e.getMessage());
		e = assertThrows(InputException.class, () -> LongPercentTable.parse(p, Arrays.asList("sample", "percent"),
			new ArrayList<>()));
		assertTrue(e.getMessage().contains("missing column 'group'"), e.getMessage());
		e = assertThrows(InputException.class, () -> LongPercentTable.parse(p, h,
			Arrays.asList(Arrays.asList("a", "g", "CD34+", "1"), Arrays.asList("a", "g", "CD34+", "2"))));
		assertTrue(e.getMessage().contains("twice"), e.getMessage());
	}
}
