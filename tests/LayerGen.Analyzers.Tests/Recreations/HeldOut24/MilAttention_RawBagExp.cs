// Source: attention-based deep multiple-instance learning (Ilse et al. 2018), whole-slide-image style: bags keyed by
// slide id, each bag's attention scores softmaxed over its patches.
// Layout: Dictionary<string, float[]> slide id -> instance scores, ToDictionary with a lambda per bag.
// Bug: LG0003, the lambda exponentiates the raw attention scores without subtracting the bag's maximum.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut24.MilAttentionRaw;

/// <summary>Attention weights per slide.</summary>
public static class SlideAttention
{
    /// <summary>Softmax of each slide's patch scores over the slide's patches.</summary>
    public static Dictionary<string, float[]> PatchWeights(IReadOnlyDictionary<string, float[]> patchScores)
    {
        return patchScores.ToDictionary(
            slide => slide.Key,
            slide =>
            {
                float[] e = slide.Value.Select(score =>
                    MathF.Exp(score)).ToArray(); //~ LG0003
                float z = e.Sum();
                return e.Select(v => v / z).ToArray();
            });
    }
}
