// Idiom: top-k sampling with System.Numerics.Tensors: indices sorted by logit (LINQ OrderByDescending/Take), the kept
//        logits copied into a span and normalised with the library softmax
// Layout: float[] logits [vocab], Span<float> of the k kept logits, parallel int[] of token ids
// Bug (LG0003): TensorPrimitives.SoftMax subtracts no max, so large logits overflow to Inf/NaN
using System;
using System.Linq;
using System.Numerics.Tensors;

namespace HeldOut39.TopKSampling_TensorPrimitives;

public static class TopKSampler
{
    public static (int[] Tokens, float[] Probs) Distribution(float[] logits, int k)
    {
        int[] tokens = Enumerable.Range(0, logits.Length)
            .OrderByDescending(i => logits[i])
            .Take(k)
            .ToArray();

        Span<float> kept = stackalloc float[tokens.Length];
        for (int i = 0; i < tokens.Length; i++)
        {
            kept[i] = logits[tokens[i]];
        }

        var probs = new float[tokens.Length];
        TensorPrimitives.SoftMax(kept, probs); //~ LG0003
        return (tokens, probs);
    }
}
