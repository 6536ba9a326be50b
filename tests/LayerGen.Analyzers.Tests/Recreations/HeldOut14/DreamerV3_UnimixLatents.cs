// Source: DreamerV3 categorical latent with "unimix" (Hafner et al. 2023; danijar/dreamerv3 `OneHotDist`,
// unimix = 0.01): probs = 0.99 softmax(logits) + 0.01 / classes, one categorical per latent group.
// Layout: rank-3 float[batch, groups, classes]; peak and sum per (sample, group), written into a new float[,,].
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut14;

public static class DreamerV3_UnimixLatents
{
    public static float[,,] Probabilities(float[,,] logits, float unimix)
    {
        int b = logits.GetLength(0);
        int g = logits.GetLength(1);
        int c = logits.GetLength(2);
        var p = new float[b, g, c];
        float uniform = unimix / c;
        for (int n = 0; n < b; n++)
        {
            for (int k = 0; k < g; k++)
            {
                float peak = logits[n, k, 0];
                for (int j = 1; j < c; j++)
                    peak = MathF.Max(peak, logits[n, k, j]);
                float sum = 0f;
                for (int j = 0; j < c; j++)
                    sum += p[n, k, j] = MathF.Exp(logits[n, k, j] - peak);
                for (int j = 0; j < c; j++)
                    p[n, k, j] = (1f - unimix) * (p[n, k, j] / sum) + uniform;
            }
        }
        return p;
    }
}
