// Idiom: packed (segment, score) tuples; per-segment normalisers in a Dictionary<int, float>.
// Use: segment softmax over packed tokens.
// Layout: IReadOnlyList<(int Segment, float Score)>, deconstructed per token.
// Bug (LG0003): each score is exponentiated raw; no segment max is taken or subtracted.
// Our own code.
using System;
using System.Collections.Generic;

namespace HeldOut84.SegmentIds_RawExpDictionary;

public static class TupleSegments
{
    public static float[] Run(IReadOnlyList<(int Segment, float Score)> tokens)
    {
        var weights = new float[tokens.Count];
        var norm = new Dictionary<int, float>();
        for (int i = 0; i < tokens.Count; i++)
        {
            var (seg, score) = tokens[i];
            weights[i] = MathF.Exp(score); //~ LG0003
            norm[seg] = norm.TryGetValue(seg, out float acc) ? acc + weights[i] : weights[i];
        }

        for (int i = 0; i < tokens.Count; i++) weights[i] /= norm[tokens[i].Segment];
        return weights;
    }
}
