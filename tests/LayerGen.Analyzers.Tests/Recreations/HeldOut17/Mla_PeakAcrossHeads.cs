// Source: DeepSeek-V2 multi-head latent attention decode (DeepSeek-AI 2024; deepseek-ai/DeepSeek-V3 `MLA`), written
//   as two parallel passes: scores of every head over the latent cache, then softmax and latent read-back.
// Layout: flat float[] scores [heads · tokens] filled by Parallel.For over heads; the peak is a foreach over the
//   whole score buffer; the second Parallel.For sums and normalises per head.
// Bug: LG0001 (one peak over every head's scores).
using System;
using System.Threading.Tasks;

namespace LayerGen.Corpus.HeldOut17;

/// <summary>MLA decode with a buffer-wide peak.</summary>
public static class MlaTwoPassDecode
{
    /// <summary>Returns the attended latent vectors [heads · latentDim].</summary>
    public static float[] Decode(float[] latentCache, int tokens, int latentDim, float[] qLatent, int heads, float scale)
    {
        var scores = new float[heads * tokens];
        Parallel.For(0, heads, h =>
        {
            for (int t = 0; t < tokens; t++)
            {
                float s = 0f;
                for (int k = 0; k < latentDim; k++)
                {
                    s += qLatent[h * latentDim + k] * latentCache[t * latentDim + k];
                }

                scores[h * tokens + t] = s * scale;
            }
        });

        float peak = float.MinValue;
        foreach (float s in scores)
        {
            peak = MathF.Max(peak, s); //~ LG0001
        }

        var output = new float[heads * latentDim];
        Parallel.For(0, heads, h =>
        {
            float sum = 0f;
            for (int t = 0; t < tokens; t++)
            {
                float p = MathF.Exp(scores[h * tokens + t] - peak);
                scores[h * tokens + t] = p;
                sum += p;
            }

            for (int t = 0; t < tokens; t++)
            {
                float p = scores[h * tokens + t] / sum;
                for (int k = 0; k < latentDim; k++)
                {
                    output[h * latentDim + k] += p * latentCache[t * latentDim + k];
                }
            }
        });

        return output;
    }
}
