// Idiom: FrozenDictionary<int, float> per position, transformed with ToFrozenDictionary and read via `.Values`.
// Use: sparse next-token scores (token id -> logit) for each decoding position, normalised per position.
// Layout: ImmutableArray<FrozenDictionary<int, float>>, one sparse distribution per position.
// Bug (LG0003): the exps are of raw logits (no maximum subtracted): overflow above ~88 in float.
// Our own code.
#nullable enable
using System;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Linq;

namespace HeldOut85.FrozenDictionary_RawVocabulary;

public static class Decoder
{
    public static ImmutableArray<FrozenDictionary<int, float>> Distributions(ImmutableArray<FrozenDictionary<int, float>> positions)
    {
        return positions.Select(scores =>
        {
            FrozenDictionary<int, float> exps = scores.ToFrozenDictionary(kv => kv.Key, kv => MathF.Exp(kv.Value)); //~ LG0003
            float z = exps.Values.Sum();
            return exps.ToFrozenDictionary(kv => kv.Key, kv => kv.Value / z);
        }).ToImmutableArray();
    }
}
