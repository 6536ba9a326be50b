// Idiom: deferred LINQ query expression `from v in row select MathF.Exp(v)` materialised with ToList, ConvertAll.
// Use: per-row probabilities of a jagged batch as List<List<float>>.
// Layout: jagged float[batch][classes] → List<List<float>>.
// Bug (LG0003): the query exponentiates the raw logits, no max subtracted (∞/∞ above ~88).
// Our own code.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut71.LazyMaterialise_QueryRawExp;

public static class DeferredRows
{
    public static List<List<float>> Softmax(float[][] batch)
    {
        var result = new List<List<float>>(batch.Length);
        foreach (float[] row in batch)
        {
            IEnumerable<float> numerators = from v in row select MathF.Exp(v); //~ LG0003
            List<float> materialised = numerators.ToList();
            float denom = materialised.Sum();
            result.Add(materialised.ConvertAll(e => e / denom));
        }
        return result;
    }
}
