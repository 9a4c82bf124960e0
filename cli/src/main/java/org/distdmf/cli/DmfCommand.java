package org.distdmf.cli;

import java.io.PrintWriter;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.distdmf.cli.reproduce.ReproduceCommand;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dmf} command: one subcommand per step, plus {@code reproduce}. */
@Command(name = "dmf", mixinStandardHelpOptions = true, version = "dmf 0.1.0",
        description = {"Distributed regularized deep matrix factorization: problems, graphs, DGD training and stability.",
                "Each step reads and writes CSV files, so a shell script can chain them; see each subcommand's --help."},
        subcommands = {GenerateCommand.class, GraphCommand.class, TrainCommand.class, StabilityCommand.class,
                SweepCommand.class, ChartCommand.class, ReproduceCommand.class},
        footer = {"", "Exit codes: 0 success, 1 invalid input (one line on standard error), 2 invalid usage "
                + "(unknown or missing option, a value that is not a number)."})
public final class DmfCommand implements Runnable {

    /*
     * Loggers whose levels main sets. The references are kept because java.util.logging holds loggers
     * weakly and would forget the level.
     */
    private static final Logger ENGINE_LOG = Logger.getLogger("org.distdmf.core");
    private static final Logger TRAINER_LOG = Logger.getLogger("org.distdmf.core.train.DgdTrainer");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand, for example dmf generate");
    }

    /** Runs the command line and exits with its exit code. */
    public static void main(String[] args) {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        if (System.getProperty("java.util.logging.config.file") == null) {
            // The commands print the engine's results themselves. train prints one warning line for all agents
            // above their bound, which the trainer would otherwise log per agent and per sweep run.
            System.setProperty("java.util.logging.SimpleFormatter.format", "%4$s: %5$s%6$s%n");
            ENGINE_LOG.setLevel(Level.WARNING);
            TRAINER_LOG.setLevel(Level.SEVERE);
        }
        System.exit(execute(args));
    }

    /**
     * Prints picocli's message for an unknown option, a missing required option or a value of the wrong
     * type, with spelling suggestions and a pointer to the help, instead of the whole usage text.
     */
    private static int reportUsageError(CommandLine.ParameterException error, String[] args) {
        CommandLine command = error.getCommandLine();
        PrintWriter errors = command.getErr();
        String name = command.getCommandSpec().qualifiedName();
        errors.println(name + ": " + error.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(error, errors);
        errors.println("See '" + name + " --help' for the options.");
        errors.flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** Runs the command line and returns the exit code: 0 on success, 1 for bad input, 2 for bad usage. */
    public static int execute(String... args) {
        return execute(null, null, args);
    }

    /**
     * Runs the command line with its standard output and error going to the given writers (null keeps
     * {@code System.out} and {@code System.err}), and returns the exit code: 0 on success, 1 for bad
     * input, 2 for bad usage.
     */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new DmfCommand());
        if (out != null) {
            commandLine.setOut(out);
        }
        if (err != null) {
            commandLine.setErr(err);
        }
        commandLine.setExecutionExceptionHandler(new ErrorHandler());
        commandLine.setParameterExceptionHandler(DmfCommand::reportUsageError);
        try {
            return commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            PrintWriter errors = commandLine.getErr();
            errors.println("dmf: " + ErrorHandler.userMessage(e));
            errors.flush();
            return ErrorHandler.BAD_INPUT;
        }
    }
}
