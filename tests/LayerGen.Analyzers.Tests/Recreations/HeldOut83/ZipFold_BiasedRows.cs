// Idiom: `row.Zip(bias, (a, b) => a + b)`, per-row peaks stored in an array, `biased.Zip(peaks)` tuple pairs.
// Use: output layer of a classifier (logits plus a bias vector), softmax per sample.
// Layout: List<float[]> rows of classes + float[] bias; result List<float[]>.
// Correct: `peaks[r]` is row r's own maximum, paired with row r by `Zip`.
// Our own code.
#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut83.ZipFold_BiasedRows;

public static class BiasedRows
{
    public static List<float[]> Softmax(List<float[]> logits, float[] bias)
    {
        var biased = logits.Select(row => row.Zip(bias, (a, b) => a + b).ToArray()).ToList();
        float[] peaks = biased.Select(row => row.Max()).ToArray();
        var result = new List<float[]>(biased.Count);
        foreach (var (row, peak) in biased.Zip(peaks))
        {
            float[] e = row.Select(v => MathF.Exp(v - peak)).ToArray();
            float z = e.Sum();
            result.Add(e.Select(v => v / z).ToArray());
        }
        return result;
    }
}
