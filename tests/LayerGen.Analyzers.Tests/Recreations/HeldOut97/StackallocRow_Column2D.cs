// Idiom: one stackalloc'd Span<double> scratch (allocated once, outside the loop) for a column's exponentials.
// Use: attention weights per query when scores are produced as K·Qᵀ (keys down, queries across).
// Layout: double[classes, batch], column-major 2D: sample b is column b; softmax over each column.
// Correct.
// Our own code.
#nullable enable
using System;

namespace HeldOut97.StackallocRow_Column2D;

public static class ColumnAttention
{
    public static void Normalise(double[,] scores, double[,] weights)
    {
        int keys = scores.GetLength(0);
        int queries = scores.GetLength(1);
        Span<double> e = keys <= 256 ? stackalloc double[keys] : new double[keys];

        for (int q = 0; q < queries; q++)
        {
            double m = double.NegativeInfinity;
            for (int k = 0; k < keys; k++)
                m = Math.Max(m, scores[k, q]);

            double s = 0;
            for (int k = 0; k < keys; k++)
            {
                e[k] = Math.Exp(scores[k, q] - m);
                s += e[k];
            }

            for (int k = 0; k < keys; k++)
                weights[k, q] = e[k] / s;
        }
    }
}
