// Source: log-linear language-model interpolation / product of experts (Klakow 1998; Hinton 2002; the "log-linear
// combination" option of SRILM/ensemble decoders): logit(v) = Σ_k λ_k·log p_k(v), renormalised over the vocabulary.
// Layout: IReadOnlyList<float[,]> of [steps, vocab] log-probabilities, float[] λ, one reused float[] row, jagged out.
// Correct.
using System;
using System.Collections.Generic;

namespace LayerGen.Recreations.HeldOut13;

public static class LogLinearLm_Interpolation
{
    public static float[][] Combine(IReadOnlyList<float[,]> logProbs, float[] lambda)
    {
        int steps = logProbs[0].GetLength(0), vocab = logProbs[0].GetLength(1);
        var result = new float[steps][];
        var row = new float[vocab];
        for (int s = 0; s < steps; s++)
        {
            float peak = float.NegativeInfinity;
            for (int v = 0; v < vocab; v++)
            {
                float acc = 0f;
                for (int k = 0; k < logProbs.Count; k++)
                    acc += lambda[k] * logProbs[k][s, v];
                row[v] = acc;
                peak = MathF.Max(peak, acc);
            }

            var p = new float[vocab];
            float z = 0f;
            for (int v = 0; v < vocab; v++)
            {
                p[v] = MathF.Exp(row[v] - peak);
                z += p[v];
            }
            for (int v = 0; v < vocab; v++)
                p[v] /= z;
            result[s] = p;
        }
        return result;
    }
}
