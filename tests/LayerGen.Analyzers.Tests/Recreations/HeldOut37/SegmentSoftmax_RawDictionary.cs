// Idiom: segment softmax with unsorted segment ids, denominators accumulated in a dictionary keyed by segment
// Layout: float[] scores, int[] segmentIds in any order, Dictionary<int, float> per-segment sums
// Bug (LG0003): exp of the raw scores, no per-segment max subtracted
using System;
using System.Collections.Generic;

namespace HeldOut37.SegmentSoftmax_RawDictionary;

public static class Segments
{
    public static float[] SegmentSoftmax(float[] scores, int[] segmentIds)
    {
        var denom = new Dictionary<int, float>();
        var e = new float[scores.Length];
        for (int i = 0; i < scores.Length; i++)
        {
            e[i] = MathF.Exp(scores[i]); //~ LG0003
            denom.TryGetValue(segmentIds[i], out float acc);
            denom[segmentIds[i]] = acc + e[i];
        }

        for (int i = 0; i < e.Length; i++)
        {
            e[i] /= denom[segmentIds[i]];
        }

        return e;
    }
}
