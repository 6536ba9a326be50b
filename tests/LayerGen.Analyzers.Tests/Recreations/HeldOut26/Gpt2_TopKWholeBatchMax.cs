// Re-creation (our own code) of the shape of GPT-2 style decoding (huggingface/transformers top_k_top_p_filtering +
// softmax + multinomial), ported with the stabilising max written as `logits.max()`, i.e. without dim=-1.
// Layout: row-major float[batch, vocab]; a private helper folds the max; per-row top-k thresholds and sums.
// Bug (LG0001): the max is taken over the whole batch (inside MaxLogit; marker on its call line), so a batch
// entry far below the batch's best row underflows to 0/0.
using System;

namespace Recreations.Gpt2_TopKWholeBatchMax;

/// <summary>Next-token distributions for a batch with temperature and top-k.</summary>
public static class BatchTopKSampler
{
    /// <summary>Sampling probabilities per batch row; topK = 0 disables the filter.</summary>
    public static float[,] NextTokenProbabilities(float[,] logits, float temperature, int topK)
    {
        int batch = logits.GetLength(0);
        int vocab = logits.GetLength(1);
        var probs = new float[batch, vocab];
        float shift = MaxLogit(logits) / temperature; //~ LG0001
        for (int b = 0; b < batch; b++)
        {
            float kth = topK > 0 && topK < vocab ? KthLargest(logits, b, topK) : float.NegativeInfinity;
            float total = 0f;
            for (int v = 0; v < vocab; v++)
            {
                float e = logits[b, v] < kth ? 0f : MathF.Exp(logits[b, v] / temperature - shift);
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

    /// <summary>logits.max(): the largest logit of the whole tensor.</summary>
    private static float MaxLogit(float[,] logits)
    {
        float best = float.NegativeInfinity;
        foreach (float z in logits)
        {
            if (z > best) best = z;
        }

        return best;
    }

    private static float KthLargest(float[,] logits, int b, int k)
    {
        var row = new float[logits.GetLength(1)];
        for (int v = 0; v < row.Length; v++) row[v] = logits[b, v];
        Array.Sort(row);
        return row[row.Length - k];
    }
}
