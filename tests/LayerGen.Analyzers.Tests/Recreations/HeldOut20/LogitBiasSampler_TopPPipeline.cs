// Source: the LLM sampling pipeline of llama.cpp / LLamaSharp and the OpenAI logit_bias parameter: logit bias
// dictionary, repetition penalty (CTRL, Keskar et al. 2019: divide positive logits, multiply negative ones),
// temperature, softmax, then nucleus (top-p, Holtzman et al. 2020) truncation and renormalisation.
// Layout: flat float[] [batch * vocab], row spans from AsSpan(b * vocab, vocab), Vector<float> peak with a tail.
// Correct: per-row peak; the top-p renormalisation divides by the kept mass of the same row.
using System;
using System.Collections.Generic;
using System.Numerics;

namespace HeldOut20.LogitBiasSampler;

public static class SamplingPipeline
{
    public static void Probabilities(
        float[] logits, int batch, int vocab, IReadOnlyDictionary<int, float> logitBias,
        IReadOnlyList<int>[] previousTokens, float repetitionPenalty, float temperature, float topP, float[] probs)
    {
        float[] scratch = new float[vocab];
        int[] order = new int[vocab];
        for (int b = 0; b < batch; b++)
        {
            logits.AsSpan(b * vocab, vocab).CopyTo(scratch);
            foreach (KeyValuePair<int, float> bias in logitBias)
            {
                scratch[bias.Key] += bias.Value;
            }

            foreach (int token in previousTokens[b])
            {
                scratch[token] = scratch[token] > 0 ? scratch[token] / repetitionPenalty : scratch[token] * repetitionPenalty;
            }

            for (int i = 0; i < vocab; i++)
            {
                scratch[i] /= temperature;
            }

            float peak = RowPeak(scratch);
            Span<float> p = probs.AsSpan(b * vocab, vocab);
            float z = 0f;
            for (int i = 0; i < vocab; i++)
            {
                p[i] = MathF.Exp(scratch[i] - peak);
                z += p[i];
            }

            for (int i = 0; i < vocab; i++)
            {
                p[i] /= z;
                order[i] = i;
            }

            float[] sortKeys = p.ToArray();
            Array.Sort(sortKeys, order);
            Array.Reverse(order);
            float kept = 0f;
            int cut = vocab;
            for (int r = 0; r < vocab; r++)
            {
                kept += p[order[r]];
                if (kept >= topP)
                {
                    cut = r + 1;
                    break;
                }
            }

            for (int r = cut; r < vocab; r++)
            {
                p[order[r]] = 0f;
            }

            for (int i = 0; i < vocab; i++)
            {
                p[i] /= kept;
            }
        }
    }

    private static float RowPeak(ReadOnlySpan<float> row)
    {
        int width = Vector<float>.Count;
        var acc = new Vector<float>(float.NegativeInfinity);
        int i = 0;
        for (; i + width <= row.Length; i += width)
        {
            acc = Vector.Max(acc, new Vector<float>(row.Slice(i, width)));
        }

        float peak = float.NegativeInfinity;
        for (int lane = 0; lane < width; lane++)
        {
            peak = MathF.Max(peak, acc[lane]);
        }

        for (; i < row.Length; i++)
        {
            peak = MathF.Max(peak, row[i]);
        }

        return peak;
    }
}
