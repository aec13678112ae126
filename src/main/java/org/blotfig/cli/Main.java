package org.blotfig.cli;

import java.util.concurrent.Callable;

import org.blotfig.core.InputException;
import org.blotfig.core.Version;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command-line interface: the same core the Fiji commands call, for scripted and batch use
 * outside Fiji. Each subcommand lives in its own class; register it in {@link #commandLine()}.
 */
@Command(name = "blotfig", mixinStandardHelpOptions = true,
	versionProvider = Main.VersionProvider.class,
	description = "Western blot, flow cytometry and ELISA quantification with statistics and figures.",
	subcommandsRepeatable = false)
public final class Main implements Callable<Integer> {

	public static void main(String[] args) {
		System.exit(run(args));
	}

	/** Runs the CLI and returns its exit code (tests call this instead of main). */
	public static int run(String... args) {
		return commandLine().execute(args);
	}

	public static CommandLine commandLine() {
		CommandLine cl = new CommandLine(new Main());
		// Subcommands, one line each; keep alphabetical.
		cl.addSubcommand(new BandsCommand());
		cl.addSubcommand(new BenchCommand());
		cl.addSubcommand(new DemoCommand());
		cl.addSubcommand(new ElisaCommand());
		cl.addSubcommand(new FcsCommand());
		cl.addSubcommand(new FlowCommand());
		cl.addSubcommand(new NormalizeCommand());
		cl.addSubcommand(new StatsCommand());
		cl.addSubcommand(new StudyCommand());
		cl.addSubcommand(new SynthCommand());
		cl.setExecutionExceptionHandler(Main::handleError);
		return cl;
	}

	@Override
	public Integer call() {
		CommandLine.usage(this, System.out);
		return 0;
	}

	/** Bad input is one clear line on stderr and a non-zero exit, never a stack trace. */
	private static int handleError(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
		Throwable t = e;
		while (!(t instanceof InputException) && t.getCause() != null) t = t.getCause();
		if (t instanceof InputException || e instanceof java.io.UncheckedIOException) {
			cl.getErr().println(name(cl) + ": error: " +
				(t instanceof InputException ? t.getMessage() : e.getMessage()));
			return 2;
		}
		cl.getErr().println(name(cl) + ": internal error: " + e);
		e.printStackTrace(cl.getErr());
		return 1;
	}

	/** "blotfig fcs info", not just "info": the user must see which command complained. */
	private static String name(CommandLine cl) {
		return cl.getCommandSpec().qualifiedName(" ");
	}

	static final class VersionProvider implements CommandLine.IVersionProvider {
		@Override
		public String[] getVersion() {
			return new String[] { "blotfig " + Version.get() };
		}
	}
}
