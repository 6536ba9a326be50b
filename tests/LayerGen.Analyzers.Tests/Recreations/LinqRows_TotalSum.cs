// Variants (our own code) of LINQ batch softmaxes over lists and jagged arrays of rows (the "SelectMany/Sum" family of
// C# batch softmax code): the per-row maxima are built by LINQ (rows.Select(row => row.Max()).ToArray() or ToList())
// and read back by row index (Select((row, i) => …), a for loop), but the exps are divided by one grand total.
// Layouts: List<double[]>, float[][]; double and float.
// Bugs: LG0002 (the sum spans every row while the max is per row).
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.LinqRowsTotalSum;

public static class TotalSumSoftmax
{
    // SelectMany over the exps rows for the total.
    public static List<double[]> SelectManyTotal(List<double[]> batch)
    {
        double[] maxes = batch.Select(row => row.Max()).ToArray();
        List<double[]> exps = batch.Select((row, i) => row.Select(v => Math.Exp(v - maxes[i])).ToArray()).ToList();
        double total = exps.SelectMany(e => e).Sum(); //~ LG0002
        return exps.Select(e => e.Select(v => v / total).ToArray()).ToList();
    }

    // Maxima as a List<float> from a block-bodied lambda; exps and total in loops.
    public static float[][] LoopTotal(float[][] x)
    {
        List<float> maxes = x.Select(row => { return row.Max(); }).ToList();
        var y = new float[x.Length][];
        float total = 0f;
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = new float[x[i].Length];
            for (int j = 0; j < x[i].Length; j++)
            {
                y[i][j] = MathF.Exp(x[i][j] - maxes[i]);
                total += y[i][j]; //~ LG0002
            }
        }

        for (int i = 0; i < x.Length; i++)
        {
            for (int j = 0; j < x[i].Length; j++)
            {
                y[i][j] /= total;
            }
        }

        return y;
    }
}
