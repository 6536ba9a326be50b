// Idiom: `do`/`while` loops — the row cursor and the column index advanced in do/while bodies (`while (++j < cols)`,
// a count-down `do { --j; ... } while (j > 0)`).
// Use: softmax of soft-capped logits (`cap * tanh(x / cap)`, as in logit soft-capping), one distribution per row.
// Layout: flat double[] row-major, rows * cols, output into a caller buffer.
// Correct: no max is subtracted, but every exponent lies in [-30, 30], so exp cannot overflow or underflow
// (sum per row at most cols * e^30); the sum is reset for each row.
// Our own code.
using System;

namespace HeldOut79.DoWhile_SoftCappedRows;

public static class CappedSoftmax
{
    private const double Cap = 30.0;

    public static void SoftCapped(double[] x, double[] y, int rows, int cols)
    {
        if (rows == 0 || cols == 0) return;
        int start = 0;
        do
        {
            double s = 0;
            int j = 0;
            do
            {
                double e = Math.Exp(Cap * Math.Tanh(x[start + j] / Cap));
                y[start + j] = e;
                s += e;
            } while (++j < cols);
            do
            {
                --j;
                y[start + j] /= s;
            } while (j > 0);
            start += cols;
        } while (start < rows * cols);
    }
}
