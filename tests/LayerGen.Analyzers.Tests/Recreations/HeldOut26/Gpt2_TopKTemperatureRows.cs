// Re-creation (our own code) of the shape of GPT-2 style decoding as in huggingface/transformers'
// top_k_top_p_filtering and the run_generation example: logits / temperature, entries below the k-th largest set to
// -inf, F.softmax(logits, dim=-1), then multinomial sampling.
// Layout: row-major float[batch, vocab], one scratch row reused per batch entry, max via MathF.Max.
// Correct.
using System;

namespace Recreations.Gpt2_TopKTemperatureRows;

/// <summary>Next-token distributions for a batch, with temperature and top-k filtering.</summary>
public static class TopKSampler
{
    /// <summary>Sampling probabilities per batch row; topK = 0 disables the filter.</summary>
    public static float[,] NextTokenProbabilities(float[,] logits, float temperature, int topK)
    {
        int batch = logits.GetLength(0);
        int vocab = logits.GetLength(1);
        var probs = new float[batch, vocab];
        var row = new float[vocab];
        for (int b = 0; b < batch; b++)
        {
            for (int v = 0; v < vocab; v++)
            {
                row[v] = logits[b, v] / temperature;
            }

            if (topK > 0 && topK < vocab)
            {
                float kth = KthLargest(row, topK);
                for (int v = 0; v < vocab; v++)
                {
                    if (row[v] < kth) row[v] = float.NegativeInfinity;
                }
            }

            float max = float.NegativeInfinity;
            for (int v = 0; v < vocab; v++)
            {
                max = MathF.Max(max, row[v]);
            }

            float total = 0f;
            for (int v = 0; v < vocab; v++)
            {
                float e = MathF.Exp(row[v] - max);
                probs[b, v] = e;
                total += e;
            }

            for (int v = 0; v < vocab; v++)
            {
                probs[b, v] /= total;
            }
        }

        return probs;
    }

    /// <summary>torch.topk(row, k)[0][-1].</summary>
    private static float KthLargest(float[] row, int k)
    {
        var sorted = (float[])row.Clone();
        Array.Sort(sorted);
        return sorted[sorted.Length - k];
    }
}
