package org.blotfig.commands;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.blotfig.core.InputException;
import org.junit.jupiter.api.Test;
import org.scijava.Context;
import org.scijava.log.LogService;
import org.scijava.ui.UIService;

class CommandErrorsTest {

	@Test
	void onlyTheInteractiveWindowGetsADialogInsteadOfAnException() {
		assertTrue(CommandErrors.rethrows(true, false), "headless batch: stop with the exception");
		assertTrue(CommandErrors.rethrows(false, true), "macro: stop it");
		assertTrue(CommandErrors.rethrows(true, true));
		assertFalse(CommandErrors.rethrows(false, false), "a click in Fiji's menu: a dialog");
	}

	@Test
	void headlessBadInputStopsTheCommandWithItsException() {
		try (Context c = new Context()) {
			UIService ui = c.service(UIService.class);
			assertTrue(ui.isHeadless(), "tests run headless");
			InputException e = new InputException("no lanes");
			assertSame(e, assertThrows(InputException.class, () -> CommandErrors.stop(ui, c.service(LogService.class),
				"Detect Lanes and Bands", e)));
			assertSame(e, assertThrows(InputException.class, () -> CommandErrors.stop(null, c.service(LogService.class),
				"Detect Lanes and Bands", e)), "no UI service at all: as headless");
		}
	}
}
