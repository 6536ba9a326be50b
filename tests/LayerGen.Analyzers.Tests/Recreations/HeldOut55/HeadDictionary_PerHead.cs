// Idiom: named output heads in an `IReadOnlyDictionary<string, float[]>` (multi-task classifier), normalised per head
// with the vectorised span primitives of System.Numerics.Tensors (`TensorPrimitives.Max`, `Subtract`, `Exp`, `Sum`,
// `Divide`), in the style of dotnet/runtime's TensorPrimitives docs. Layout: dictionary of per-head arrays. Correct.
using System.Collections.Generic;
using System.Numerics.Tensors;

namespace HeldOut55.HeadDictionary_PerHead;

public static class HeadSoftmax
{
    /// <summary>Returns the softmax of each head's logits, keyed like the input.</summary>
    public static Dictionary<string, float[]> Normalize(IReadOnlyDictionary<string, float[]> heads)
    {
        var result = new Dictionary<string, float[]>(heads.Count);
        foreach (KeyValuePair<string, float[]> head in heads)
        {
            float[] logits = head.Value;
            var probs = new float[logits.Length];
            float max = TensorPrimitives.Max(logits);
            TensorPrimitives.Subtract(logits, max, probs);
            TensorPrimitives.Exp(probs, probs);
            float sum = TensorPrimitives.Sum(probs);
            TensorPrimitives.Divide(probs, sum, probs);
            result[head.Key] = probs;
        }

        return result;
    }
}
