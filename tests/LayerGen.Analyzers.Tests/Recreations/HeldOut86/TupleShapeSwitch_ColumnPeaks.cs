// Idiom: a tuple switch expression on (batch, first row's width) with `when` guards, then per-class peaks
// Use: scoring a mini-batch of ragged-checked jagged rows
// Layout: jagged float[batch][classes]; softmax per sample (inner array)
// Bug: LG0004, `peaks[c]` is the peak of class c over the batch, subtracted inside each sample's softmax over classes
// Our own code
using System;

namespace HeldOut86.TupleShapeSwitch_ColumnPeaks;

public static class BatchScorer
{
    public static float[][] Score(float[][] x)
    {
        int classes = (x.Length, x is [var head, ..] ? head.Length : 0) switch
        {
            (0, _) => 0,
            (_, var w) when Array.TrueForAll(x, r => r.Length == w) => w,
            _ => throw new ArgumentException("ragged batch", nameof(x)),
        };

        var peaks = new float[classes];
        Array.Fill(peaks, float.NegativeInfinity);
        foreach (float[] sample in x)
        {
            for (int c = 0; c < classes; c++)
            {
                if (sample[c] > peaks[c]) //~ LG0004
                {
                    peaks[c] = sample[c];
                }
            }
        }

        var result = new float[x.Length][];
        for (int b = 0; b < x.Length; b++)
        {
            var e = new float[classes];
            float sum = 0f;
            for (int c = 0; c < classes; c++)
            {
                e[c] = MathF.Exp(x[b][c] - peaks[c]);
                sum += e[c];
            }

            for (int c = 0; c < classes; c++)
            {
                e[c] /= sum;
            }

            result[b] = e;
        }

        return result;
    }
}
