// Re-creation (our own code) of the shape of CAML's per-label attention (Mullenbach et al. 2018) written with LINQ.
// Layout: jagged float[labels][tokens]; per label a LINQ Select of exp, its Sum, and a Select of the quotient.
// Bug (LG0003): exp of the raw attention scores; scores above ~88 overflow to ∞ / ∞ = NaN.
using System;
using System.Linq;

namespace LayerGen.Recreations.HeldOut10;

public static class CamlLabelAttentionRawExpLinq
{
    public static float[][] Attention(float[][] scores)
    {
        var alpha = new float[scores.Length][];
        for (int l = 0; l < scores.Length; l++)
        {
            float[] exps = scores[l].Select(s => MathF.Exp(s)).ToArray(); //~ LG0003
            float total = exps.Sum();
            alpha[l] = exps.Select(e => e / total).ToArray();
        }

        return alpha;
    }
}
