// Source: log-linear LM interpolation / product of experts (Klakow 1998), with the combined scores materialised for
// the whole utterance and one peak found by a do/while sweep over them.
// Layout: IReadOnlyList<float[,]> of [steps, vocab] log-probabilities, float[,] combined, jagged out.
// Bug: LG0001 — the shift is the maximum over every step's combined scores.
using System;
using System.Collections.Generic;

namespace LayerGen.Recreations.HeldOut13;

public static class LogLinearLm_PeakOverAllSteps
{
    public static float[][] Combine(IReadOnlyList<float[,]> logProbs, float[] lambda)
    {
        int steps = logProbs[0].GetLength(0), vocab = logProbs[0].GetLength(1);
        var combined = new float[steps, vocab];
        for (int s = 0; s < steps; s++)
            for (int v = 0; v < vocab; v++)
                for (int k = 0; k < logProbs.Count; k++)
                    combined[s, v] += lambda[k] * logProbs[k][s, v];

        float peak = float.NegativeInfinity;
        int idx = 0;
        do
        {
            peak = MathF.Max(peak, combined[idx / vocab, idx % vocab]); //~ LG0001
            idx++;
        } while (idx < steps * vocab);

        var result = new float[steps][];
        for (int s = 0; s < steps; s++)
        {
            var p = new float[vocab];
            float z = 0f;
            for (int v = 0; v < vocab; v++)
                z += p[v] = MathF.Exp(combined[s, v] - peak);
            for (int v = 0; v < vocab; v++)
                p[v] /= z;
            result[s] = p;
        }
        return result;
    }
}
