// Source: supervised contrastive loss (Khosla et al. 2020; HobbitLong/SupContrast), the anchor rows written with
//   TensorPrimitives over a flat dot-product buffer.
// Layout: flat float[n · n] dots; per anchor `AsSpan(i · n, n)`, TensorPrimitives.Divide by tau, TensorPrimitives.Exp
//   into a scratch row, the denominator TensorPrimitives.Sum minus the anchor's own term; log-probabilities
//   l - log(z) written flat.
// Bug: LG0003 (exp of the raw scaled dots).
using System;
using System.Numerics.Tensors;

namespace LayerGen.Corpus.HeldOut17;

/// <summary>SupCon log-probabilities from TensorPrimitives row operations.</summary>
public static class SupConPrimitives
{
    /// <summary>Writes log-probabilities [n · n] (diagonal 0).</summary>
    public static void LogProbabilities(float[] dots, int n, float tau, float[] logProb)
    {
        var scaled = new float[n];
        var e = new float[n];
        for (int i = 0; i < n; i++)
        {
            ReadOnlySpan<float> row = dots.AsSpan(i * n, n);
            TensorPrimitives.Divide(row, tau, scaled);
            TensorPrimitives.Exp(scaled, e); //~ LG0003
            float z = TensorPrimitives.Sum(e) - e[i];
            float logZ = MathF.Log(z);
            for (int j = 0; j < n; j++)
            {
                logProb[i * n + j] = j == i ? 0f : scaled[j] - logZ;
            }
        }
    }
}
