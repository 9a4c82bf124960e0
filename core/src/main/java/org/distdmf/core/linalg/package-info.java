/**
 * Matrix-free linear algebra: the {@link org.distdmf.core.linalg.LinearOperator} abstraction, Krylov
 * eigen-solvers for Hessian sharpness ({@link org.distdmf.core.linalg.LanczosEigenSolver}) and for
 * the spectral radius of linearised DGD maps ({@link org.distdmf.core.linalg.ArnoldiEigenSolver}),
 * and dense EJML references for small operators ({@link org.distdmf.core.linalg.DenseOperators}).
 */
package org.distdmf.core.linalg;
