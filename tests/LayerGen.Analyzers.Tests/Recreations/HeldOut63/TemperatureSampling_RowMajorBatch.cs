// HeldOut63 / TemperatureSampling_RowMajorBatch
// Idiom: temperature sampling of next-token logits in a batched decoder: softmax(logits / T) per sequence, then a
// multinomial draw per sequence (the "apply temperature, softmax, sample" step of llama2.c-style C# samplers such as a
// Llama3Sampler; own code).
// Layout: float[batch, vocab], row-major, one row per sequence; `if` fold for the row maximum; MathF.Exp.
// Label: Correct (per-sequence maximum, per-sequence sum).
using System;

namespace HeldOut63.TemperatureSampling_RowMajorBatch;

public static class TemperatureSampler
{
    public static float[,] NextTokenProbabilities(float[,] logits, float temperature)
    {
        int batch = logits.GetLength(0);
        int vocab = logits.GetLength(1);
        var probs = new float[batch, vocab];
        for (int b = 0; b < batch; b++)
        {
            float max = float.NegativeInfinity;
            for (int v = 0; v < vocab; v++)
            {
                if (logits[b, v] > max) max = logits[b, v];
            }

            float sum = 0f;
            for (int v = 0; v < vocab; v++)
            {
                float e = MathF.Exp((logits[b, v] - max) / temperature);
                probs[b, v] = e;
                sum += e;
            }

            for (int v = 0; v < vocab; v++)
            {
                probs[b, v] /= sum;
            }
        }

        return probs;
    }

    public static int[] SampleNextTokens(float[,] logits, float temperature, Random rng)
    {
        float[,] probs = NextTokenProbabilities(logits, temperature);
        int vocab = probs.GetLength(1);
        var next = new int[probs.GetLength(0)];
        for (int b = 0; b < next.Length; b++)
        {
            float r = (float)rng.NextDouble();
            float acc = 0f;
            int token = vocab - 1;
            for (int v = 0; v < vocab; v++)
            {
                acc += probs[b, v];
                if (r < acc)
                {
                    token = v;
                    break;
                }
            }

            next[b] = token;
        }

        return next;
    }
}
