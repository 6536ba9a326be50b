// Source: DreamerV3 categorical latent with unimix (Hafner et al. 2023; danijar/dreamerv3 `OneHotDist`), a port that
// keeps one peak per class slot "to vectorise over the groups".
// Layout: rank-3 float[batch, groups, classes]; a float[classes] peak per sample folded over the groups, then each
// group normalised over its classes.
// Bug LG0004: the maximum runs over the groups for each class, the sum over the classes of one group.
using System;

namespace LayerGen.Recreations.HeldOut14;

public static class DreamerV3_PeakPerClassOverGroups
{
    public static float[,,] Probabilities(float[,,] logits, float unimix)
    {
        int b = logits.GetLength(0);
        int g = logits.GetLength(1);
        int c = logits.GetLength(2);
        var p = new float[b, g, c];
        var classPeak = new float[c];
        for (int n = 0; n < b; n++)
        {
            Array.Fill(classPeak, float.NegativeInfinity);
            for (int k = 0; k < g; k++)
                for (int j = 0; j < c; j++)
                    classPeak[j] = MathF.Max(classPeak[j], logits[n, k, j]); //~ LG0004
            for (int k = 0; k < g; k++)
            {
                float sum = 0f;
                for (int j = 0; j < c; j++)
                {
                    p[n, k, j] = MathF.Exp(logits[n, k, j] - classPeak[j]);
                    sum += p[n, k, j];
                }
                for (int j = 0; j < c; j++)
                    p[n, k, j] = (1f - unimix) * p[n, k, j] / sum + unimix / c;
            }
        }
        return p;
    }
}
