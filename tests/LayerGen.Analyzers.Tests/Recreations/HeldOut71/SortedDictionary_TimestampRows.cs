// Idiom: SortedDictionary<long, float[]> keyed by timestamp; per-row peaks precomputed into an array from
// `timeline.Values`, then `foreach (var (stamp, logits) in timeline)` with a running index.
// Use: per-tick class probabilities of a time-ordered score log.
// Layout: SortedDictionary<long, float[]>, one row per timestamp.
// Correct: rowPeak[i] is the max of the i-th row in the dictionary's (sorted) enumeration order, the row it is used on.
// Our own code.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut71.SortedDictionary_TimestampRows;

public static class TimelineSoftmax
{
    public static SortedDictionary<long, float[]> Apply(SortedDictionary<long, float[]> timeline)
    {
        float[][] rows = timeline.Values.ToArray();
        float[] rowPeak = rows.Select(r => r.Max()).ToArray();
        var result = new SortedDictionary<long, float[]>();
        int i = 0;
        foreach (var (stamp, logits) in timeline)
        {
            float peak = rowPeak[i++];
            var p = new float[logits.Length];
            float z = 0f;
            for (int c = 0; c < logits.Length; c++)
            {
                p[c] = MathF.Exp(logits[c] - peak);
                z += p[c];
            }
            for (int c = 0; c < p.Length; c++) p[c] /= z;
            result.Add(stamp, p);
        }
        return result;
    }
}
