package org.distdmf.knime.graph;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.distdmf.core.chart.ChartFiles;
import org.distdmf.core.chart.GraphPicture;
import org.distdmf.core.graph.ConnectivityPolicy;
import org.distdmf.core.graph.GraphFamily;
import org.distdmf.core.graph.GraphSpec;
import org.distdmf.core.graph.MixingRule;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelDouble;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/**
 * Settings of the Communication Graph Builder node, shared by its model and its dialog. The defaults
 * are the first reference experiment: an Erdos-Renyi graph G(20, 0.8) with isolated agents linked to
 * their successor, and Metropolis-Hastings weights. Choices are stored as the engine's ids (for example
 * {@code erdos_renyi}), so flow variables use the same words as the command line.
 */
final class CommunicationGraphBuilderSettings {

    static final String CFGKEY_SOURCE_COLUMN = "sourceColumn";

    static final String CFGKEY_TARGET_COLUMN = "targetColumn";

    static final String CFGKEY_WEIGHT_COLUMN = "weightColumn";

    static final String CFGKEY_AGENTS = "agents";

    static final String CFGKEY_FAMILY = "graphFamily";

    static final String CFGKEY_PROBABILITY = "edgeProbability";

    static final String CFGKEY_DEGREE = "degree";

    static final String CFGKEY_REWIRING = "rewiringProbability";

    static final String CFGKEY_INITIAL_AGENTS = "initialAgents";

    static final String CFGKEY_EDGES_PER_AGENT = "edgesPerNewAgent";

    static final String CFGKEY_GRID_ROWS = "gridRows";

    static final String CFGKEY_GRID_COLUMNS = "gridColumns";

    static final String CFGKEY_RADIUS = "radius";

    static final String CFGKEY_WEIGHT_RULE = "weightRule";

    static final String CFGKEY_CONNECTIVITY = "connectivityPolicy";

    static final String CFGKEY_SEED = "seed";

    static final String CFGKEY_MAX_DRAWS = "maxDraws";

    static final String CFGKEY_PICTURE_SIZE = "pictureSize";

    static final String LABEL_SOURCE_COLUMN = "Source column";

    static final String LABEL_TARGET_COLUMN = "Target column";

    static final String LABEL_WEIGHT_COLUMN = "Weight column (weight rule user only)";

    static final String LABEL_AGENTS = "Number of agents n";

    static final String LABEL_FAMILY = "Graph family";

    static final String LABEL_PROBABILITY = "Edge probability p (erdos_renyi)";

    static final String LABEL_DEGREE = "Degree k (random_regular, watts_strogatz)";

    static final String LABEL_REWIRING = "Rewiring probability beta (watts_strogatz)";

    static final String LABEL_INITIAL_AGENTS = "Initial complete graph size m0 (barabasi_albert)";

    static final String LABEL_EDGES_PER_AGENT = "Edges per new agent m (barabasi_albert)";

    static final String LABEL_GRID_ROWS = "Grid rows (grid, torus)";

    static final String LABEL_GRID_COLUMNS = "Grid columns cols (grid, torus)";

    static final String LABEL_RADIUS = "Connection radius (random_geometric)";

    static final String LABEL_WEIGHT_RULE = "Mixing weight rule";

    static final String LABEL_CONNECTIVITY = "If a random graph is disconnected";

    static final String LABEL_SEED = "Random seed";

    static final String LABEL_MAX_DRAWS = "Maximum draws (resample_until_connected)";

    static final String LABEL_PICTURE_SIZE = "Picture width and height in pixels";

    static final List<String> FAMILIES =
        Arrays.stream(GraphFamily.values()).map(GraphFamily::id).collect(Collectors.toUnmodifiableList());

    static final List<String> WEIGHT_RULES =
        Arrays.stream(MixingRule.values()).map(MixingRule::id).collect(Collectors.toUnmodifiableList());

    static final List<String> CONNECTIVITY_POLICIES = Arrays.stream(ConnectivityPolicy.values())
        .map(policy -> policy.name().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableList());

    /**
     * Largest number of agents. V and the graph Laplacian are dense n x n matrices, so 10 000 agents
     * already need 800 MB for each of them, and their eigen-decompositions take O(n^3) operations.
     */
    static final int MAX_AGENTS = 10_000;

    final SettingsModelString m_sourceColumn = new SettingsModelString(CFGKEY_SOURCE_COLUMN, "source");

    final SettingsModelString m_targetColumn = new SettingsModelString(CFGKEY_TARGET_COLUMN, "target");

    final SettingsModelString m_weightColumn = new SettingsModelString(CFGKEY_WEIGHT_COLUMN, "weight");

    final SettingsModelInteger m_agents = new SettingsModelInteger(CFGKEY_AGENTS, 20);

    final SettingsModelString m_family = new SettingsModelString(CFGKEY_FAMILY, GraphFamily.ERDOS_RENYI.id());

    final SettingsModelDouble m_probability = new SettingsModelDouble(CFGKEY_PROBABILITY, 0.8);

    final SettingsModelInteger m_degree = new SettingsModelInteger(CFGKEY_DEGREE, 4);

    final SettingsModelDouble m_rewiring = new SettingsModelDouble(CFGKEY_REWIRING, 0.1);

    final SettingsModelInteger m_initialAgents = new SettingsModelInteger(CFGKEY_INITIAL_AGENTS, 3);

    final SettingsModelInteger m_edgesPerAgent = new SettingsModelInteger(CFGKEY_EDGES_PER_AGENT, 2);

    final SettingsModelInteger m_gridRows = new SettingsModelInteger(CFGKEY_GRID_ROWS, 4);

    final SettingsModelInteger m_gridColumns = new SettingsModelInteger(CFGKEY_GRID_COLUMNS, 5);

    final SettingsModelDouble m_radius = new SettingsModelDouble(CFGKEY_RADIUS, 0.3);

    final SettingsModelString m_weightRule =
        new SettingsModelString(CFGKEY_WEIGHT_RULE, MixingRule.METROPOLIS_HASTINGS.id());

    final SettingsModelString m_connectivity = new SettingsModelString(CFGKEY_CONNECTIVITY,
        ConnectivityPolicy.PATCH_ISOLATED.name().toLowerCase(Locale.ROOT));

    final SettingsModelInteger m_seed = new SettingsModelInteger(CFGKEY_SEED, 42);

    final SettingsModelInteger m_maxDraws = new SettingsModelInteger(CFGKEY_MAX_DRAWS, 1000);

    final SettingsModelInteger m_pictureSize = new SettingsModelInteger(CFGKEY_PICTURE_SIZE, 520);

    private List<SettingsModel> models() {
        return List.of(m_sourceColumn, m_targetColumn, m_weightColumn, m_agents, m_family, m_probability, m_degree,
            m_rewiring, m_initialAgents, m_edgesPerAgent, m_gridRows, m_gridColumns, m_radius, m_weightRule,
            m_connectivity, m_seed, m_maxDraws, m_pictureSize);
    }

    /** @throws InvalidSettingsException naming the stored id and the known families */
    GraphFamily family() throws InvalidSettingsException {
        return GraphFamily.values()[choice(m_family, LABEL_FAMILY, FAMILIES)];
    }

    /** @throws InvalidSettingsException naming the stored id and the known rules */
    MixingRule weightRule() throws InvalidSettingsException {
        return MixingRule.values()[choice(m_weightRule, LABEL_WEIGHT_RULE, WEIGHT_RULES)];
    }

    /** @throws InvalidSettingsException naming the stored name and the known policies */
    ConnectivityPolicy connectivityPolicy() throws InvalidSettingsException {
        return ConnectivityPolicy.values()[choice(m_connectivity, LABEL_CONNECTIVITY, CONNECTIVITY_POLICIES)];
    }

    private static int choice(final SettingsModelString model, final String label, final List<String> choices)
        throws InvalidSettingsException {
        int index = choices.indexOf(model.getStringValue());
        if (index < 0) {
            throw new InvalidSettingsException(label + " is '" + model.getStringValue() + "' but must be one of "
                + String.join(", ", choices));
        }
        return index;
    }

    /**
     * Returns the family and parameters of a generated graph.
     *
     * @throws InvalidSettingsException naming the setting and value when the agent count is out of range, or
     *             the parameter symbol (n, p, k, beta, m0, m, rows, cols, radius) and value that the family rejects
     */
    GraphSpec graphSpec() throws InvalidSettingsException {
        GraphFamily family = family();
        int agents = m_agents.getIntValue();
        if (agents < 2 || agents > MAX_AGENTS) {
            throw new InvalidSettingsException(LABEL_AGENTS + " is " + agents + " but must be between 2 and "
                + MAX_AGENTS + ", because a communication graph needs two agents and V is stored densely");
        }
        try {
            return new GraphSpec(family, agents, m_probability.getDoubleValue(), m_degree.getIntValue(),
                m_rewiring.getDoubleValue(), m_initialAgents.getIntValue(), m_edgesPerAgent.getIntValue(),
                m_gridRows.getIntValue(), m_gridColumns.getIntValue(), m_radius.getDoubleValue());
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(LABEL_FAMILY + " " + family.id() + ": " + e.getMessage(), e);
        }
    }

    /** @throws InvalidSettingsException if the maximum number of draws is below 1 */
    int maxDraws() throws InvalidSettingsException {
        int draws = m_maxDraws.getIntValue();
        if (draws < 1) {
            throw new InvalidSettingsException(LABEL_MAX_DRAWS + " is " + draws + " but must be at least 1");
        }
        return draws;
    }

    /** @throws InvalidSettingsException if the picture size is outside the range the picture accepts */
    int pictureSize() throws InvalidSettingsException {
        int size = m_pictureSize.getIntValue();
        if (size < GraphPicture.MIN_SIDE || size > ChartFiles.MAX_SIDE) {
            throw new InvalidSettingsException(LABEL_PICTURE_SIZE + " is " + size + " but must be between "
                + GraphPicture.MIN_SIDE + " and " + ChartFiles.MAX_SIDE);
        }
        return size;
    }

    /**
     * Returns the name stored in a column setting, or {@code fallback} when it is empty. KNIME's column
     * selection stores no name when its dialog is closed while the optional input is not connected.
     */
    static String columnName(final SettingsModelString model, final String fallback) {
        String name = model.getStringValue();
        return name == null || name.isEmpty() ? fallback : name;
    }

    /**
     * Checks the settings that apply with and without an input table. The family's parameters apply only
     * without one, so {@link #graphSpec()} checks them at configure time.
     */
    void check() throws InvalidSettingsException {
        family();
        weightRule();
        connectivityPolicy();
        maxDraws();
        pictureSize();
    }

    void saveSettingsTo(final NodeSettingsWO settings) {
        for (SettingsModel model : models()) {
            model.saveSettingsTo(settings);
        }
    }

    /**
     * Checks stored settings without taking them over.
     *
     * @throws InvalidSettingsException naming the missing key, or the dialog label and value of an invalid setting
     */
    void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        CommunicationGraphBuilderSettings candidate = new CommunicationGraphBuilderSettings();
        candidate.loadValidatedSettingsFrom(settings);
        candidate.check();
    }

    void loadValidatedSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        for (SettingsModel model : models()) {
            model.loadSettingsFrom(settings);
        }
    }
}
