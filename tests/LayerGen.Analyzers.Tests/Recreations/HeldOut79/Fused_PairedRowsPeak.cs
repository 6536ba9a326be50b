// Idiom: fused passes — two neighbouring rows are handled by one loop (max, then exp and both sums together).
// Use: softmax per row of a logit matrix, rows processed in pairs to halve loop overhead.
// Layout: double[rows, cols] rectangular; an odd last row is paired with itself; returns a new matrix.
// Bug: the fused max folds both rows of the pair into one peak, and that pair peak is subtracted from each row
// (a max over two softmax slices: the lower row of a pair underflows).
// Our own code.
using System;

namespace HeldOut79.Fused_PairedRowsPeak;

public static class PairSoftmax
{
    public static double[,] Pairwise(double[,] z)
    {
        int rows = z.GetLength(0), cols = z.GetLength(1);
        var p = new double[rows, cols];
        for (int r = 0; r < rows; r += 2)
        {
            int r2 = Math.Min(r + 1, rows - 1);
            double peak = double.NegativeInfinity;
            for (int c = 0; c < cols; c++)
                peak = Math.Max(peak, Math.Max(z[r, c], z[r2, c])); //~ LG0001
            double sa = 0, sb = 0;
            for (int c = 0; c < cols; c++)
            {
                sa += p[r, c] = Math.Exp(z[r, c] - peak);
                sb += p[r2, c] = Math.Exp(z[r2, c] - peak);
            }
            for (int c = 0; c < cols; c++)
            {
                p[r, c] /= sa;
                if (r2 != r) p[r2, c] /= sb;
            }
        }
        return p;
    }
}
