/**
 * Communication graphs between agents and the mixing matrices of consensus over them.
 *
 * <p>{@link org.distdmf.core.graph.CommunicationGraph} is an immutable undirected simple graph on
 * agents {@code 0..n-1}. Graph families ({@link org.distdmf.core.graph.GraphFamily}) are drawn
 * through {@link org.distdmf.core.graph.GraphFactory}, which applies a
 * {@link org.distdmf.core.graph.ConnectivityPolicy} and always reports whether the result is
 * connected. {@link org.distdmf.core.graph.MixingMatrices} builds a symmetric doubly stochastic
 * mixing matrix {@code V} for a {@link org.distdmf.core.graph.MixingRule},
 * {@link org.distdmf.core.graph.MixingMatrixValidator} checks a user-supplied one, and
 * {@link org.distdmf.core.graph.SpectralSummary} reports the figures that decide how fast consensus
 * mixes and how large a learning rate stays stable ({@code lambda_min(V)}, the spectral gap, the
 * algebraic connectivity of the Laplacian).
 */
package org.distdmf.core.graph;
