// Re-creates: top-k sampling in C# LLM runners (llama2.cs / LLamaSharp-style managed samplers): indices sorted by
// logit, the k best kept, softmax over those k shifted by the best logit, every other token gets probability 0.
// Layout: 1-D float[] over the vocabulary; softmax axis = the top-k subset.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut3.TopKSoftmaxSampler;

public static class TopK
{
    public static float[] Probabilities(float[] logits, int k)
    {
        var order = new int[logits.Length];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) => logits[b].CompareTo(logits[a]));
        float best = logits[order[0]];

        var probs = new float[logits.Length];
        float sum = 0f;
        for (int i = 0; i < k; i++)
        {
            float e = MathF.Exp(logits[order[i]] - best);
            probs[order[i]] = e;
            sum += e;
        }

        for (int i = 0; i < k; i++)
        {
            probs[order[i]] /= sum;
        }

        return probs;
    }
}
