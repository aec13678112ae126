package org.blotfig.commands;

import org.blotfig.core.ProgressListener;
import org.scijava.app.StatusService;

/** Core progress shown in Fiji's status bar (nothing when there is no status service, as headless). */
class StatusProgress implements ProgressListener {

	private final StatusService status;

	StatusProgress(StatusService status) {
		this.status = status;
	}

	@Override
	public void progress(double fraction, String message) {
		if (status != null) status.showStatus((int) Math.round(1000 * fraction), 1000, message);
	}
}
