// Idiom: causal mask applied as a `double.NegativeInfinity` fill above the diagonal, then exp (exp(-inf) = 0).
// Use: decoder self-attention weights over a flattened score matrix.
// Layout: flat double[T * T], row i = query i at i * T.
// Bug (LG0003): the filled scores are exponentiated as they are — no row max subtracted (overflow above ~709).
// Our own code.
using System;

namespace HeldOut84.CausalMask_RawExpFlat;

public static class FlatCausal
{
    public static double[] Apply(double[] attn, int T)
    {
        var masked = new double[T * T];
        for (int i = 0; i < T; i++)
            for (int j = 0; j < T; j++)
                masked[i * T + j] = j > i ? double.NegativeInfinity : attn[i * T + j];

        var w = new double[T * T];
        for (int i = 0; i < T; i++)
        {
            int row = i * T;
            double norm = 0.0;
            for (int j = 0; j < T; j++)
            {
                w[row + j] = Math.Exp(masked[row + j]); //~ LG0003
                norm += w[row + j];
            }
            for (int j = 0; j < T; j++) w[row + j] /= norm;
        }
        return w;
    }
}
