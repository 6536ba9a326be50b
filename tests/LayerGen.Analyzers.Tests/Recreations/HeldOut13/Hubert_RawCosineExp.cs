// Source: HuBERT masked-prediction logits (Hsu et al. 2021; fairseq `compute_nce`), written the way a port that
// trusts |cos| ≤ 1 writes it: exp(cos / τ) with no shift (but τ is small and the inputs are not always cosines).
// Layout: IReadOnlyList<float[]> frames, output jagged.
// Bug: LG0003 — exp of the scaled similarities with no maximum subtracted.
using System;
using System.Collections.Generic;

namespace LayerGen.Recreations.HeldOut13;

public static class Hubert_RawCosineExp
{
    public static float[][] Predict(IReadOnlyList<float[]> similarity, float tau)
    {
        var result = new float[similarity.Count][];
        for (int t = 0; t < similarity.Count; t++)
        {
            float[] sim = similarity[t];
            var p = new float[sim.Length];
            float total = 0f;
            for (int k = 0; k < sim.Length; k++)
            {
                p[k] = MathF.Exp(sim[k] / tau); //~ LG0003
                total += p[k];
            }
            for (int k = 0; k < p.Length; k++)
                p[k] /= total;
            result[t] = p;
        }
        return result;
    }
}
