/**
 * Engine for distributed regularized deep matrix factorization: problems, communication graphs and
 * mixing matrices, consensus gradient descent, curvature, stability analysis, sweeps and charts.
 */
package org.distdmf.core;
