package org.distdmf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** {@code --help} of dmf and of every subcommand exits 0 and documents options, defaults and seeds. */
class HelpTest {

    @Test
    void topLevelHelpListsSubcommands() {
        Dmf.Result result = Dmf.run("--help");
        assertEquals(0, result.exitCode());
        for (String command : List.of("generate", "graph", "train", "stability", "sweep", "chart", "reproduce")) {
            assertTrue(result.out().contains("  " + command + " "), command + " listed in:\n" + result.out());
        }
    }

    @Test
    void everySubcommandHasHelp() {
        List<List<String>> commands = List.of(List.of("generate"), List.of("graph"), List.of("train"), List.of("stability"),
                List.of("sweep"), List.of("sweep", "multipliers"), List.of("sweep", "density"), List.of("chart"),
                List.of("reproduce"));
        for (List<String> command : commands) {
            String[] args = new String[command.size() + 1];
            for (int k = 0; k < command.size(); k++) {
                args[k] = command.get(k);
            }
            args[command.size()] = "--help";
            Dmf.Result result = Dmf.run(args);
            assertEquals(0, result.exitCode(), String.join(" ", args));
            assertTrue(result.out().startsWith("Usage: dmf " + String.join(" ", command)), result.out());
        }
    }

    @Test
    void helpShowsDefaultSeeds() {
        for (List<String> command : List.of(List.of("generate"), List.of("graph"), List.of("train"), List.of("stability"),
                List.of("sweep", "multipliers"), List.of("sweep", "density"))) {
            String[] args = command.toArray(new String[0]);
            String[] withHelp = java.util.Arrays.copyOf(args, args.length + 1);
            withHelp[args.length] = "--help";
            String help = Dmf.run(withHelp).out().replaceAll("\\s+", " ");
            assertTrue(help.contains("--seed=S"), command + " has --seed");
            assertTrue(help.contains("(default: 2024)"), command + " shows its default seed");
        }
    }

    @Test
    void trainHelpNamesUnitsAndChoices() {
        String help = Dmf.run("train", "--help").out().replaceAll("\\s+", " ");
        assertTrue(help.contains("eta_i = c * eta_bar_i"), help);
        assertTrue(help.contains("cta or combine_then_adapt"), help);
        assertTrue(help.contains("atc or adapt_then_combine"), help);
        assertTrue(help.contains("(default: 100)"), "iterations default");
        assertTrue(help.contains("Give exactly one of --c and --eta"), help);
    }
}
