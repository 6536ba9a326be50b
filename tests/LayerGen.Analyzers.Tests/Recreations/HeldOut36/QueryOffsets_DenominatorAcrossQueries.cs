// Idiom: softmax over each query's candidates in a flat score array, per-query max via TensorPrimitives on a slice
// Layout: flat float[] scores with int[] queryStarts (queries + 1 entries), AsSpan(start, length) slices, output float[]
// Bug (LG0002): the denominator is declared once above the query loop and never reset, so it sums every query so far
using System;
using System.Numerics.Tensors;

namespace HeldOut36.QueryOffsets_DenominatorAcrossQueries;

public static class SlateNormaliser
{
    public static float[] Normalise(float[] scores, int[] queryStarts)
    {
        var output = new float[scores.Length];
        float denominator = 0f;
        for (int q = 0; q < queryStarts.Length - 1; q++)
        {
            int start = queryStarts[q];
            int length = queryStarts[q + 1] - start;
            if (length == 0)
            {
                continue;
            }

            float top = TensorPrimitives.Max(scores.AsSpan(start, length));
            for (int i = start; i < start + length; i++)
            {
                output[i] = MathF.Exp(scores[i] - top);
                denominator += output[i]; //~ LG0002
            }

            for (int i = start; i < start + length; i++)
            {
                output[i] /= denominator;
            }
        }

        return output;
    }
}
