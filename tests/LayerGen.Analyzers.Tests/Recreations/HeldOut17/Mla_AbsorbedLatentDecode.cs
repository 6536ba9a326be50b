// Source: DeepSeek-V2 multi-head latent attention, decode with absorbed projections (DeepSeek-AI 2024;
//   deepseek-ai/DeepSeek-V3 `MLA` "absorb" path, FlashMLA): each head scores the compressed latent cache with its
//   absorbed query plus a decoupled RoPE term, and reads the latent values back; the cache is walked in blocks with
//   a running (online) softmax.
// Layout: flat float[] latent cache [tokens, latentDim] and RoPE keys [tokens, ropeDim]; queries [heads, latentDim]
//   and [heads, ropeDim]; one scratch buffer of block scores allocated once; running max, running sum and the
//   accumulator are rescaled by exp(old max - new max) at every block.
// Correct.
using System;

namespace LayerGen.Corpus.HeldOut17;

/// <summary>Absorbed-weight MLA decode over a latent KV cache.</summary>
public static class MlaLatentDecode
{
    /// <summary>Writes the attended latent vector of every head into <paramref name="output"/> [heads, latentDim].</summary>
    public static void Decode(
        float[] latentCache, float[] ropeKeys, int tokens, int latentDim, int ropeDim,
        float[] qLatent, float[] qRope, int heads, float scale, int blockSize, float[] output)
    {
        var blockScores = new float[blockSize];
        var acc = new float[latentDim];
        for (int h = 0; h < heads; h++)
        {
            float runningMax = float.NegativeInfinity;
            float runningSum = 0f;
            Array.Clear(acc);

            for (int start = 0; start < tokens; start += blockSize)
            {
                int end = Math.Min(start + blockSize, tokens);
                float blockMax = float.NegativeInfinity;
                for (int t = start; t < end; t++)
                {
                    float s = 0f;
                    for (int k = 0; k < latentDim; k++)
                    {
                        s += qLatent[h * latentDim + k] * latentCache[t * latentDim + k];
                    }

                    for (int k = 0; k < ropeDim; k++)
                    {
                        s += qRope[h * ropeDim + k] * ropeKeys[t * ropeDim + k];
                    }

                    s *= scale;
                    blockScores[t - start] = s;
                    blockMax = MathF.Max(blockMax, s);
                }

                float newMax = MathF.Max(runningMax, blockMax);
                float rescale = MathF.Exp(runningMax - newMax);
                runningSum *= rescale;
                for (int k = 0; k < latentDim; k++)
                {
                    acc[k] *= rescale;
                }

                for (int t = start; t < end; t++)
                {
                    float p = MathF.Exp(blockScores[t - start] - newMax);
                    runningSum += p;
                    for (int k = 0; k < latentDim; k++)
                    {
                        acc[k] += p * latentCache[t * latentDim + k];
                    }
                }

                runningMax = newMax;
            }

            for (int k = 0; k < latentDim; k++)
            {
                output[h * latentDim + k] = acc[k] / runningSum;
            }
        }
    }
}
