// Idiom: soft mesh segmentation with ToDictionary: each vertex's exps shifted by its own maximum, but divided by one
// total over every vertex of the mesh (`exps.Values.Sum(v => v.Sum())`).
// Layout: Dictionary<string, List<float>> vertex name -> part logits; result Dictionary<string, float[]>.
// Inspired by: LINQ mesh-processing snippets (read for style only; own code).
// Bug: LG0002 (the normaliser sums every vertex's exps, the softmax slice is one vertex's parts).
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut61.VertexParts_AtlasTotal;

public static class PartSegmentation
{
    public static Dictionary<string, float[]> Segment(Dictionary<string, List<float>> partLogits)
    {
        var exps = partLogits.ToDictionary(
            kv => kv.Key,
            kv =>
            {
                float top = kv.Value.Max();
                return kv.Value.Select(s => MathF.Exp(s - top)).ToArray();
            });
        float total = exps.Values.Sum(v => v.Sum()); //~ LG0002
        return exps.ToDictionary(kv => kv.Key, kv => kv.Value.Select(e => e / total).ToArray());
    }
}
