package io.github.cwgan.examples;

import io.github.cwgan.examples.continuous.ContinuousCommand;
import io.github.cwgan.examples.imbalanced.ImbalancedCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The examples' command line: {@code ten-gaussians} (the default) reproduces the 10-Gaussian
 * experiment, {@code sample} draws samples from a saved model, {@code continuous} trains with a
 * continuous condition and {@code imbalanced} compares class-balanced batches on imbalanced data. Run through the {@code ./cwgan}
 * script at the repository root.
 */
@Command(name = "cwgan", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Conditional WGAN-GP examples.",
        subcommands = {TenGaussiansCommand.class, SampleCommand.class, ContinuousCommand.class, ImbalancedCommand.class, io.github.cwgan.examples.bench.BenchCommand.class})
public final class Main implements Runnable {

    /**
     * {@code --version} of every command: the examples jar's {@code Implementation-Version}, or
     * {@code 0.1.0-SNAPSHOT} when the classes run without the jar.
     */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage() == null ? null : Main.class.getPackage().getImplementationVersion();
            return new String[] {"cwgan examples " + (v == null ? "0.1.0-SNAPSHOT" : v)};
        }
    }

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status (0 on success). */
    public static int run(String... args) {
        return run(new java.io.PrintWriter(System.err, true), args);
    }

    /** Runs the command line with errors going to {@code err}; returns the exit status. */
    static int run(java.io.PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("cwgan: " + oneLine(e));
            return 1;
        });
        if (args.length == 0 || args[0].startsWith("--") && !isTopLevelOption(args[0])) {
            String[] withDefault = new String[args.length + 1];
            withDefault[0] = "ten-gaussians";
            System.arraycopy(args, 0, withDefault, 1, args.length);
            args = withDefault;
        }
        return cli.execute(args);
    }

    private static boolean isTopLevelOption(String arg) {
        return arg.equals("--help") || arg.equals("--version");
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            m = e.getClass().getSimpleName();
        }
        return m.replace('\n', ' ');
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
