// Source: ragged-batch softmax with `lengths[]` (packed variable-length sequences, as in C# CTC/attention
// post-processing that walks `offset += length`), re-created with the denominator declared once for the batch.
// Layout: packed double[] of sequences; lengths[s] elements each.
// Bug LG0002: `denom` is declared before the sequence loop and never reset, so it sums every sequence so far.
using System;

namespace HeldOut6.RaggedLengthsSumBeforeLoop;

public static class PackedBatch
{
    public static double[] Softmax(double[] packed, int[] lengths)
    {
        var result = new double[packed.Length];
        double denom = 0.0;
        int offset = 0;
        foreach (int length in lengths)
        {
            double max = double.NegativeInfinity;
            for (int i = offset; i < offset + length; i++)
            {
                max = Math.Max(max, packed[i]);
            }

            for (int i = offset; i < offset + length; i++)
            {
                result[i] = Math.Exp(packed[i] - max);
                denom += result[i]; //~ LG0002
            }

            for (int i = offset; i < offset + length; i++)
            {
                result[i] /= denom;
            }

            offset += length;
        }

        return result;
    }
}
