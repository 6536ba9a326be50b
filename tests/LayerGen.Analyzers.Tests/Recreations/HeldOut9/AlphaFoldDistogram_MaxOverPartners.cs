// Source: AlphaFold distogram head post-processing, re-created with a per-bin shift shared by all partners j of
// residue i (hoisted "to reuse it").
// Layout: float[N, N, bins] rank-3, softmax over bins.
// Bug (LG0004): the max runs over the partner axis j (per bin) while the sum runs over the bin axis.
using System;

namespace LayerGen.Recreations.HeldOut9;

public static class AlphaFoldDistogram_MaxOverPartners
{
    public static void Probabilities(float[,,] logits, float[,,] probs)
    {
        int n = logits.GetLength(0);
        int bins = logits.GetLength(2);
        var peak = new float[bins];
        for (int i = 0; i < n; i++)
        {
            for (int b = 0; b < bins; b++)
            {
                peak[b] = float.NegativeInfinity;
                for (int j = 0; j < n; j++)
                {
                    peak[b] = MathF.Max(peak[b], logits[i, j, b]); //~ LG0004
                }
            }

            for (int j = 0; j < n; j++)
            {
                float s = 0f;
                for (int b = 0; b < bins; b++)
                {
                    probs[i, j, b] = MathF.Exp(logits[i, j, b] - peak[b]);
                    s += probs[i, j, b];
                }

                for (int b = 0; b < bins; b++)
                {
                    probs[i, j, b] /= s;
                }
            }
        }
    }
}
