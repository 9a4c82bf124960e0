package org.distdmf.core.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.distdmf.core.table.ColumnType;
import org.distdmf.core.table.ResultTable;
import org.junit.jupiter.api.Test;

class SeriesTest {

    @Test
    void lengthMismatchMessageNamesSeriesAndLengths() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new Series("run seed=7", new double[] {0, 1, 2}, new double[] {1, 2}));
        assertTrue(error.getMessage().contains("'run seed=7'"), error.getMessage());
        assertTrue(error.getMessage().contains("3 x values"), error.getMessage());
        assertTrue(error.getMessage().contains("2 y values"), error.getMessage());
    }

    @Test
    void blankNameRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Series("  ", new double[0], new double[0]));
    }

    @Test
    void arraysAreCopiedBothWays() {
        double[] x = {0, 1};
        double[] y = {5, 6};
        Series series = new Series("a", x, y);
        x[0] = 99;
        y[1] = 99;
        assertEquals(0, series.x(0));
        assertEquals(6, series.y(1));

        series.y()[0] = -1;
        assertEquals(5, series.y(0));
    }

    @Test
    void indexedUsesIterationNumbers() {
        Series series = Series.indexed("nmse", new double[] {0.5, 0.25, 0.125});
        assertArrayEquals(new double[] {0, 1, 2}, series.x());
        assertArrayEquals(new double[] {0.5, 0.25, 0.125}, series.y());
        assertEquals(3, series.size());
    }

    @Test
    void equalityComparesValues() {
        Series a = new Series("a", new double[] {1, Double.NaN}, new double[] {2, 3});
        Series same = new Series("a", new double[] {1, Double.NaN}, new double[] {2, 3});
        Series other = new Series("a", new double[] {1, 2}, new double[] {2, 3});
        assertEquals(a, same);
        assertEquals(a.hashCode(), same.hashCode());
        assertNotEquals(a, other);
    }

    @Test
    void fromTableReadsColumnsWithNaNForMissing() {
        ResultTable table = ResultTable.builder("history")
                .column("iteration", ColumnType.INTEGER)
                .column("nmse", ColumnType.DOUBLE)
                .row(0, 1.0)
                .row(1, null)
                .row(2, 0.01)
                .build();
        Series series = Series.fromTable("run 1", table, "iteration", "nmse");
        assertArrayEquals(new double[] {0, 1, 2}, series.x());
        assertArrayEquals(new double[] {1.0, Double.NaN, 0.01}, series.y());
    }
}
