// Source: HuBERT / wav2vec 2.0 masked-prediction logits (Hsu et al. 2021; fairseq `HubertModel.compute_nce`):
// each frame's projected output is compared with every cluster codeword by cosine similarity divided by a
// temperature τ, and a softmax over codewords gives the predicted cluster distribution.
// Layout: IReadOnlyList<float[]> frames of similarities, one scratch array of scaled scores reused per frame, output
// jagged.
// Correct.
using System;
using System.Collections.Generic;

namespace LayerGen.Recreations.HeldOut13;

public static class Hubert_CodewordTargets
{
    public static float[][] Predict(IReadOnlyList<float[]> similarity, float tau)
    {
        var result = new float[similarity.Count][];
        float[] scratch = [];
        for (int t = 0; t < similarity.Count; t++)
        {
            float[] sim = similarity[t];
            if (scratch.Length < sim.Length)
                scratch = new float[sim.Length];
            Span<float> score = scratch.AsSpan(0, sim.Length);
            float best = float.NegativeInfinity;
            for (int k = 0; k < sim.Length; k++)
            {
                score[k] = sim[k] / tau;
                best = MathF.Max(best, score[k]);
            }

            var p = new float[sim.Length];
            float total = 0f;
            for (int k = 0; k < sim.Length; k++)
            {
                p[k] = MathF.Exp(score[k] - best);
                total += p[k];
            }
            for (int k = 0; k < p.Length; k++)
                p[k] /= total;
            result[t] = p;
        }
        return result;
    }
}
