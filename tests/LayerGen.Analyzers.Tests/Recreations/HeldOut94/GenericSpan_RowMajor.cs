// Idiom: a generic-math kernel `Softmax<T>` constrained on `IFloatingPointIeee754<T>`, folding `T.Max` from
// `T.NegativeInfinity` and exponentiating with `T.Exp`, instantiated for float and double by thin wrappers.
// Use: batch class probabilities. Layout: flat row-major `ReadOnlySpan<T>`, one row of `classes` per sample.
// Correct.
// Our own code.
using System;
using System.Numerics;

namespace HeldOut94.GenericSpan_RowMajor;

public static class RowSoftmax
{
    public static void Softmax<T>(ReadOnlySpan<T> logits, Span<T> probs, int classes)
        where T : IFloatingPointIeee754<T>
    {
        for (int start = 0; start < logits.Length; start += classes)
        {
            ReadOnlySpan<T> row = logits.Slice(start, classes);
            Span<T> outRow = probs.Slice(start, classes);
            T m = T.NegativeInfinity;
            foreach (T v in row)
            {
                m = T.Max(m, v);
            }

            T sum = T.Zero;
            for (int j = 0; j < row.Length; j++)
            {
                outRow[j] = T.Exp(row[j] - m);
                sum += outRow[j];
            }

            for (int j = 0; j < outRow.Length; j++)
            {
                outRow[j] /= sum;
            }
        }
    }

    public static float[] ForSingle(float[] logits, int classes)
    {
        var probs = new float[logits.Length];
        Softmax<float>(logits, probs, classes);
        return probs;
    }

    public static double[] ForDouble(double[] logits, int classes)
    {
        var probs = new double[logits.Length];
        Softmax<double>(logits, probs, classes);
        return probs;
    }
}
