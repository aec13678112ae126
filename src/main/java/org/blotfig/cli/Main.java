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
		cl.setParameterExceptionHandler(Main::handleUsageError);
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

	/**
	 * A mistyped command line is one line too, in words (picocli's own handler prints Java type
	 * names such as "'3.5' is not an int" and then the whole usage text), pointing at --help.
	 */
	private static int handleUsageError(CommandLine.ParameterException e, String[] args) {
		CommandLine cl = e.getCommandLine();
		StringBuilder msg = new StringBuilder(plainWords(e.getMessage()));
		if (e instanceof CommandLine.UnmatchedArgumentException) {
			CommandLine.UnmatchedArgumentException u = (CommandLine.UnmatchedArgumentException) e;
			java.util.List<String> extra = u.getUnmatched();
			String first = extra.isEmpty() ? "" : extra.get(0);
			msg.setLength(0);
			if (first.startsWith("-")) msg.append("unknown option '").append(first).append("'");
			else if (!cl.getSubcommands().isEmpty()) msg.append("unknown command '").append(first).append("'");
			// most often a path with a space that was not quoted: my scan.tif -> 'my' and 'scan.tif'
			else msg.append("unexpected argument '").append(first).append("' (a path with spaces needs quotes: " +
				"\"my scan.tif\")");
			if (!u.getSuggestions().isEmpty()) msg.append(" (did you mean ").append(String.join(" or ",
				u.getSuggestions())).append("?)");
		}
		cl.getErr().println(name(cl) + ": error: " + msg + "; see: " + name(cl) + " --help");
		return 2;
	}

	/** picocli's conversion messages without Java type names. */
	static String plainWords(String m) {
		String s = m.replaceAll("is not an? (int|long|short|Integer|Long)\\b", "is not a whole number")
			.replaceAll("is not an? (double|float|Double|Float)\\b", "is not a number");
		if (s.contains("InvalidPathException")) s = s.replaceAll("cannot convert ('[^']*') to .*",
			"$1 is not a file name Java can use here: characters outside the system's character set " +
			"(run under a UTF-8 locale, e.g. LC_ALL=C.UTF-8)");
		return s;
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
