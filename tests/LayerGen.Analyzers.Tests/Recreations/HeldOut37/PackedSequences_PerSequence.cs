// Idiom: attention-pooling scores of a ragged batch of packed sequences, offsets built from lengths by a prefix sum
// Layout: packed double[] of all tokens, int[] lengths, int[] offsets (length + 1)
// Correct
using System;

namespace HeldOut37.PackedSequences_PerSequence;

public static class PackedSoftmax
{
    public static double[] SequenceSoftmax(double[] packed, int[] lengths)
    {
        var offsets = new int[lengths.Length + 1];
        for (int b = 0; b < lengths.Length; b++)
        {
            offsets[b + 1] = offsets[b] + lengths[b];
        }

        var output = new double[packed.Length];
        for (int b = 0; b < lengths.Length; b++)
        {
            int off = offsets[b], len = lengths[b];
            double mx = packed[off];
            for (int t = 1; t < len; t++)
            {
                mx = Math.Max(mx, packed[off + t]);
            }

            double sum = 0;
            for (int t = 0; t < len; t++)
            {
                double e = Math.Exp(packed[off + t] - mx);
                output[off + t] = e;
                sum += e;
            }

            for (int t = 0; t < len; t++)
            {
                output[off + t] /= sum;
            }
        }

        return output;
    }
}
