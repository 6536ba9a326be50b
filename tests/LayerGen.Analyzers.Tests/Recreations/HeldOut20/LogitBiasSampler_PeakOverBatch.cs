// Source: the LLM sampling pipeline of llama.cpp / LLamaSharp with the OpenAI logit_bias parameter and temperature,
// batched over sequences before sampling.
// Layout: flat float[] [batch * vocab] biased and scaled in place, TensorPrimitives for the peak, row spans after.
// Bug LG0001: TensorPrimitives.Max over the whole batch buffer, one peak for every sequence.
using System;
using System.Collections.Generic;
using System.Numerics.Tensors;

namespace HeldOut20.LogitBiasSamplerBatchPeak;

public static class SamplingPipeline
{
    public static void Probabilities(float[] logits, int batch, int vocab, IReadOnlyDictionary<int, float> logitBias, float temperature, float[] probs)
    {
        float[] scaled = new float[logits.Length];
        for (int b = 0; b < batch; b++)
        {
            foreach (var (token, bias) in logitBias)
            {
                logits[b * vocab + token] += bias;
            }
        }

        TensorPrimitives.Divide(logits, temperature, scaled);
        float peak = TensorPrimitives.Max(scaled); //~ LG0001
        for (int b = 0; b < batch; b++)
        {
            ReadOnlySpan<float> row = scaled.AsSpan(b * vocab, vocab);
            Span<float> p = probs.AsSpan(b * vocab, vocab);
            float z = 0f;
            for (int i = 0; i < row.Length; i++)
            {
                p[i] = MathF.Exp(row[i] - peak);
                z += p[i];
            }

            for (int i = 0; i < p.Length; i++)
            {
                p[i] /= z;
            }
        }
    }
}
