// Source: structured self-attentive sentence embedding (Lin et al. 2017), a port that stabilises the annotation
// matrix with one maximum.
// Layout: float[hops, tokens]; the peak is a foreach over the whole 2-D array, then each hop's row is normalised
// over the tokens.
// Bug LG0001: the maximum spans every hop, not one hop's tokens.
using System;

namespace LayerGen.Recreations.HeldOut14;

public static class SelfAttentiveEmbedding_PeakOverHops
{
    public static float[,] Attention(float[,] scores)
    {
        float peak = float.NegativeInfinity;
        foreach (float s in scores)
            peak = MathF.Max(peak, s); //~ LG0001

        int hops = scores.GetLength(0);
        int tokens = scores.GetLength(1);
        var a = new float[hops, tokens];
        for (int r = 0; r < hops; r++)
        {
            float sum = 0f;
            for (int t = 0; t < tokens; t++)
                sum += a[r, t] = MathF.Exp(scores[r, t] - peak);
            for (int t = 0; t < tokens; t++)
                a[r, t] /= sum;
        }
        return a;
    }
}
