package org.distdmf.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code dmf sweep}: the parent of the multiplier and graph-density sweeps. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Sweeps one quantity and records the outcome at each value.",
        subcommands = {SweepMultipliersCommand.class, SweepDensityCommand.class})
public final class SweepCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Missing sweep kind; use dmf sweep multipliers or dmf sweep density");
    }
}
