// Idiom: C# 14 `field` keyword: a tracker property whose setter keeps the highest value seen (`if (value > field)`).
// Use: batch of token distributions.
// Layout: jagged double[batch][classes].
// Bug LG0001: one tracker for the whole batch, never reset, so row r is shifted by the max over rows 0..r (marked where
// the method folds each value into the tracker).
// Our own code.
#nullable enable
using System;

namespace HeldOut73.FieldKeyword_PeakNeverReset;

public sealed class Tracker
{
    public double Highest
    {
        get;
        set
        {
            if (value > field) field = value;
        }
    } = double.NegativeInfinity;
}

public static class Batch
{
    public static double[][] Run(double[][] logits)
    {
        var tracker = new Tracker();
        var probs = new double[logits.Length][];
        for (int r = 0; r < logits.Length; r++)
        {
            double[] row = logits[r];
            foreach (double v in row) tracker.Highest = v; //~ LG0001
            double sum = 0;
            var e = new double[row.Length];
            for (int k = 0; k < row.Length; k++) sum += e[k] = Math.Exp(row[k] - tracker.Highest);
            for (int k = 0; k < row.Length; k++) e[k] /= sum;
            probs[r] = e;
        }

        return probs;
    }
}
