package org.blotfig.commands;

import org.blotfig.core.InputException;
import org.scijava.log.LogService;
import org.scijava.ui.DialogPrompt;
import org.scijava.ui.UIService;

import ij.IJ;

/**
 * How a command stops on bad input. At the Fiji window the user gets one error dialog with the
 * message (not a console with a stack trace). In a headless run or a macro the command logs the
 * message and throws, so that the batch or macro stops instead of going on without results.
 */
final class CommandErrors {

	private CommandErrors() {}

	static void stop(UIService ui, LogService log, String what, InputException e) {
		String message = what + ": " + e.getMessage();
		if (rethrows(ui == null || ui.isHeadless(), IJ.isMacro())) {
			log.error(message);
			throw e;
		}
		log.info(message);
		ui.showDialog(message, "blotfig", DialogPrompt.MessageType.ERROR_MESSAGE);
	}

	/** Whether bad input must end the run with an exception rather than a dialog. */
	static boolean rethrows(boolean headless, boolean macro) {
		return headless || macro;
	}
}
