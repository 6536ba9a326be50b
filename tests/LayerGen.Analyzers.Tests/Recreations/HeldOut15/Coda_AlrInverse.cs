// HeldOut15 — Coda_AlrInverse
// Source: compositional data analysis, inverse additive log-ratio transform (Aitchison 1986;
// R `compositions::alrInv`, scikit-bio `alr_inv`): x = C[exp(y_1), …, exp(y_{D-1}), 1], i.e. a
// softmax over the coordinates plus an implicit 0 for the reference part.
// Layout: alr coordinates double[samples, D-1] row-major; compositions double[samples, D].
// Correct: each sample's shift is the maximum over its coordinates and the reference 0.
using System;

namespace LayerGen.Recreations.HeldOut15;

public static class Coda_AlrInverse
{
    /// <summary>Closed compositions (rows sum to 1) from alr coordinates relative to the last part.</summary>
    public static double[,] AlrInverse(double[,] y)
    {
        int n = y.GetLength(0), free = y.GetLength(1);
        var x = new double[n, free + 1];
        for (int i = 0; i < n; i++)
        {
            double m = 0.0; // the reference part's coordinate
            for (int j = 0; j < free; j++) m = Math.Max(m, y[i, j]);
            double z = Math.Exp(-m);
            x[i, free] = z;
            for (int j = 0; j < free; j++)
            {
                x[i, j] = Math.Exp(y[i, j] - m);
                z += x[i, j];
            }
            for (int j = 0; j <= free; j++) x[i, j] /= z;
        }
        return x;
    }
}
