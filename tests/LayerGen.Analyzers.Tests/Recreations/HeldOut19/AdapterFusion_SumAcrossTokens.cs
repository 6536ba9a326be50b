// Source: AdapterFusion (Pfeiffer et al. 2021; adapter-hub/adapters `BertFusion`), the scores precomputed per token
// (query · key over the adapters, divided by the fusion temperature) and handed in as jagged rows.
// Layout: jagged `float[][]` scores [tokens][adapters], jagged `float[][]` attention out, value rows [adapters][dim].
// Bug: LG0002 — the normaliser `z` is declared once above the token loop and never reset, so every token after the
// first divides by the sum over itself and all earlier tokens.
using System;

namespace LayerGen.Recreations.HeldOut19;

public static class AdapterFusionSumAcrossTokens
{
    /// <summary>Softmax over adapters for every token, then the fused value per token.</summary>
    public static void Fuse(float[][] scoresPerToken, float[][] adapterValues, float[][] attention, float[][] fused)
    {
        float z = 0f;
        for (int t = 0; t < scoresPerToken.Length; t++)
        {
            float[] scores = scoresPerToken[t];
            float peak = float.NegativeInfinity;
            foreach (float s in scores) peak = MathF.Max(peak, s);

            float[] weights = attention[t];
            for (int a = 0; a < scores.Length; a++)
            {
                weights[a] = MathF.Exp(scores[a] - peak);
                z += weights[a]; //~ LG0002
            }

            float[] output = fused[t];
            Array.Clear(output);
            for (int a = 0; a < scores.Length; a++)
            {
                weights[a] /= z;
                for (int i = 0; i < output.Length; i++) output[i] += weights[a] * adapterValues[a][i];
            }
        }
    }
}
