package org.distdmf.cli;

import org.distdmf.cli.reproduce.ReproduceCommand;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dmf} command: one subcommand per step, plus {@code reproduce}. */
@Command(name = "dmf", mixinStandardHelpOptions = true, version = "dmf 0.1.0",
        description = "Distributed regularized deep matrix factorization: problems, graphs, DGD training and stability.",
        subcommands = {ReproduceCommand.class})
public final class DmfCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand; see dmf --help");
    }

    /** Runs the command line and exits with its exit code. */
    public static void main(String[] args) {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code: 0 on success, 1 for bad input, 2 for bad usage. */
    public static int execute(String... args) {
        CommandLine commandLine = new CommandLine(new DmfCommand());
        commandLine.setExecutionExceptionHandler(new ErrorHandler());
        return commandLine.execute(args);
    }
}
