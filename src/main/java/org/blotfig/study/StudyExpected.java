package org.blotfig.study;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.blotfig.core.InputException;
import org.blotfig.io.Csv;

/**
 * Values a study is expected to reproduce (a published figure's numbers), to set beside what the
 * run measured: CSV {@code figure,item,group,quantity,value[,stars]}, keys as in {@link StudyNumber}
 * (case-insensitive), value empty when only the stars are known.
 */
public final class StudyExpected {

	public static final class Value {
		/** NaN when only the stars are stated. */
		public final double value;
		public final String stars;

		Value(double value, String stars) {
			this.value = value;
			this.stars = stars;
		}
	}

	private final Map<String, Value> values;

	private StudyExpected(Map<String, Value> values) {
		this.values = values;
	}

	public static StudyExpected none() {
		return new StudyExpected(new LinkedHashMap<>());
	}

	public static StudyExpected load(Path file) {
		Csv.Table t = Csv.read(file);
		t.require("figure", "item", "group", "quantity", "value");
		Map<String, Value> m = new LinkedHashMap<>();
		for (CSVRecord r : t.rows) {
			double v = t.get(r, "value").isEmpty() ? Double.NaN : t.number(r, "value");
			String stars = t.get(r, "stars");
			if (Double.isNaN(v) && stars.isEmpty()) throw new InputException(file, "line " + (r.getRecordNumber() + 1) +
				": neither a value nor stars");
			m.put(key(t.get(r, "figure"), t.get(r, "item"), t.get(r, "group"), t.get(r, "quantity")), new Value(v, stars));
		}
		return new StudyExpected(m);
	}

	/** The expected value of a report number, or null. */
	public Value of(StudyNumber n) {
		return values.get(n.key());
	}

	public boolean isEmpty() {
		return values.isEmpty();
	}

	static String key(String figure, String item, String group, String quantity) {
		return (figure + "\u0000" + item + "\u0000" + group + "\u0000" + quantity).toLowerCase(Locale.ROOT);
	}
}
