package org.distdmf.core.stability;

import org.distdmf.core.table.ColumnType;
import org.distdmf.core.table.ResultTable;

/**
 * The outcome of a stability check.
 *
 * @param pointLabel where the Hessians were taken ("ground truth", "trained factors", ...)
 * @param bounds per-agent sharpness and bounds
 * @param stepSizes the checked {@code eta_i}
 * @param spectralRadius {@code rho(J)} at those step sizes
 * @param criticalMultiplier {@code c*}, or null when not searched
 * @param hessianProducts Hessian-vector products used in total
 */
public record StabilityReport(String pointLabel, StabilityBounds bounds, double[] stepSizes,
        SpectralRadius spectralRadius, CriticalMultiplier criticalMultiplier, long hessianProducts) {

    public boolean locallyStable() {
        return spectralRadius.value() < 1;
    }

    /** Returns one row per agent; see {@link StabilityBounds#toTable(double[])}. */
    public ResultTable agentTable() {
        return bounds.toTable(stepSizes);
    }

    /**
     * Returns one row: {@code lambda_min_V, rho_J, rho_dominant_real, rho_dominant_imaginary,
     * rho_converged, locally_stable, critical_multiplier, critical_lower, critical_upper,
     * hessian_vector_products, point, note}.
     */
    public ResultTable summaryTable() {
        ResultTable.Builder table = ResultTable.builder("stability_summary")
                .column("lambda_min_V", ColumnType.DOUBLE)
                .column("rho_J", ColumnType.DOUBLE)
                .column("rho_dominant_real", ColumnType.DOUBLE)
                .column("rho_dominant_imaginary", ColumnType.DOUBLE)
                .column("rho_converged", ColumnType.BOOLEAN)
                .column("locally_stable", ColumnType.BOOLEAN)
                .column("critical_multiplier", ColumnType.DOUBLE)
                .column("critical_lower", ColumnType.DOUBLE)
                .column("critical_upper", ColumnType.DOUBLE)
                .column("hessian_vector_products", ColumnType.INTEGER)
                .column("point", ColumnType.STRING)
                .column("note", ColumnType.STRING);
        CriticalMultiplier critical = criticalMultiplier;
        table.row(bounds.lambdaMinMixing(), spectralRadius.value(), spectralRadius.dominantReal(),
                spectralRadius.dominantImaginary(), spectralRadius.converged(), locallyStable(),
                critical == null || !critical.found() ? null : critical.value(),
                critical == null || Double.isNaN(critical.lower()) ? null : critical.lower(),
                critical == null || Double.isNaN(critical.upper()) ? null : critical.upper(),
                (int) Math.min(Integer.MAX_VALUE, hessianProducts), pointLabel,
                critical == null ? "critical multiplier not searched" : critical.note());
        return table.build();
    }
}
