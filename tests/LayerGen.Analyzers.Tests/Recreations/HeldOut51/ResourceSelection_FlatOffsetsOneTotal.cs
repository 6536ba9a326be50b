// Idiom: step-selection function over all steps of a track stored CSR-style: the available locations of every step in
// one flat covariate matrix, step t owning rows start[t]..start[t+1]; a per-step peak, then one normalisation pass over
// the whole weight buffer after the step loop.
// Use: conditional-logit step selection of a tracked animal.
// Layout: flat float[] covariates (row per location, stride covariates), int[] start offsets (length steps + 1); flat
// float[] out over all locations.
// Bug LG0002: the normaliser sums the weights of every step, so each step's probabilities sum to its share of the track.
using System;

namespace HeldOut51.ResourceSelection_FlatOffsetsOneTotal;

public static class StepSelection
{
    public static float[] Probabilities(float[] x, int covariates, int[] start, float[] beta)
    {
        int steps = start.Length - 1;
        var w = new float[start[steps]];
        for (int t = 0; t < steps; t++)
        {
            float peak = float.NegativeInfinity;
            for (int i = start[t]; i < start[t + 1]; i++)
            {
                float s = 0f;
                for (int k = 0; k < covariates; k++) s += beta[k] * x[i * covariates + k];
                w[i] = s;
                peak = MathF.Max(peak, s);
            }

            for (int i = start[t]; i < start[t + 1]; i++)
            {
                w[i] = MathF.Exp(w[i] - peak);
            }
        }

        float total = 0f;
        for (int i = 0; i < w.Length; i++)
        {
            total += w[i]; //~ LG0002
        }

        for (int i = 0; i < w.Length; i++)
        {
            w[i] /= total;
        }

        return w;
    }
}
