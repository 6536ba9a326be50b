// Source: "stabilised" softmax snippets that centre logits on their mean before exp (seen in hobby C# classifiers
// and forum answers), re-created on float[][] rows.
// Layout: jagged float rows; softmax per row.
// Bug LG0003: the row mean is subtracted instead of the row max; a row whose max sits more than ~88 above its mean
// still overflows MathF.Exp (no max is ever subtracted).
using System;

namespace HeldOut6.MeanShiftedFloatRows;

public static class MeanCentredSoftmax
{
    public static float[][] Rows(float[][] logits)
    {
        var result = new float[logits.Length][];
        for (int r = 0; r < logits.Length; r++)
        {
            float[] row = logits[r];
            float mean = 0f;
            for (int i = 0; i < row.Length; i++) mean += row[i];
            mean /= row.Length;

            var p = new float[row.Length];
            float sum = 0f;
            for (int i = 0; i < row.Length; i++)
            {
                p[i] = MathF.Exp(row[i] - mean); //~ LG0003
                sum += p[i];
            }

            for (int i = 0; i < row.Length; i++) p[i] /= sum;
            result[r] = p;
        }

        return result;
    }
}
