// Idiom: pairwise (cascade) summation — a recursive sum that splits the range in halves down to a short loop.
// Use: per-sample class probabilities with a low-rounding-error normaliser.
// Layout: jagged double[batch][classes].
// Correct: the pairwise sum is given one row's exps; the max is that row's own.
// Our own code.
#nullable enable
using System;

namespace HeldOut77.PairwiseSum_JaggedRows;

public static class PairwiseSoftmax
{
    private const int Leaf = 4;

    private static double Pairwise(double[] v, int lo, int count)
    {
        if (count <= Leaf)
        {
            double s = 0.0;
            for (int i = 0; i < count; i++)
            {
                s += v[lo + i];
            }

            return s;
        }

        int half = count / 2;
        return Pairwise(v, lo, half) + Pairwise(v, lo + half, count - half);
    }

    public static double[][] Softmax(double[][] logits)
    {
        var result = new double[logits.Length][];
        for (int b = 0; b < logits.Length; b++)
        {
            double[] row = logits[b];
            double m = row[0];
            for (int j = 1; j < row.Length; j++)
            {
                if (row[j] > m)
                {
                    m = row[j];
                }
            }

            var e = new double[row.Length];
            for (int j = 0; j < row.Length; j++)
            {
                e[j] = Math.Exp(row[j] - m);
            }

            double z = Pairwise(e, 0, e.Length);
            for (int j = 0; j < e.Length; j++)
            {
                e[j] /= z;
            }

            result[b] = e;
        }

        return result;
    }
}
