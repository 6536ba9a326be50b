// Idiom: strength-reduced running offset — the row start is carried as `p += cols` instead of recomputed as r * cols.
// Use: batched classifier head, softmax of each row of a row-major [rows, cols] buffer.
// Layout: flat double[] row-major, rows * cols; output written into a caller buffer.
// Correct: per-row max (if-fold from the row's first cell) and per-row sum, both reset for each row.
// Our own code.
using System;

namespace HeldOut79.RunningOffset_RowMajorFlat;

public static class RowSoftmax
{
    public static void Forward(double[] logits, double[] probs, int rows, int cols)
    {
        int p = 0;
        for (int r = 0; r < rows; r++)
        {
            double max = logits[p];
            for (int j = 1; j < cols; j++)
                if (logits[p + j] > max) max = logits[p + j];
            double sum = 0.0;
            for (int j = 0; j < cols; j++)
            {
                double e = Math.Exp(logits[p + j] - max);
                probs[p + j] = e;
                sum += e;
            }
            double inv = 1.0 / sum;
            for (int j = 0; j < cols; j++) probs[p + j] *= inv;
            p += cols;
        }
    }
}
