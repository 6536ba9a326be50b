// Correct twins of FixedSlot_BatchMaxima: each slice is shifted by its own maximum, or by its own first entry where the
// method's contract sorts each list by descending score (the softmax is invariant to any per-slice shift; the first
// entry of a sorted list is its maximum), and a batch maximum of the first slots is only returned as a statistic.
// Source: the shape of HeldOut13's ProductKey_MemoryLookup (Lample et al. 2019 product-key memory), written anew for
// other layouts: a [batch, classes] array, jagged rows, a flat row-major buffer, per-query (slot, score) lists.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.FixedSlotSliceShifts;

public static class SliceShifts
{
    public static double FirstColumnKeptAsStatistic(double[,] x, double[,] y)
    {
        int rows = x.GetLength(0), cols = x.GetLength(1);
        double firstColumnPeak = double.MinValue;
        for (int r = 0; r < rows; r++)
            firstColumnPeak = Math.Max(firstColumnPeak, x[r, 0]);
        for (int r = 0; r < rows; r++)
        {
            double m = double.MinValue;
            for (int c = 0; c < cols; c++)
                m = Math.Max(m, x[r, c]);
            double s = 0.0;
            for (int c = 0; c < cols; c++)
            {
                y[r, c] = Math.Exp(x[r, c] - m);
                s += y[r, c];
            }

            for (int c = 0; c < cols; c++)
                y[r, c] /= s;
        }

        return firstColumnPeak;
    }

    public static float[][] OwnMaxOfJaggedRows(float[][] x)
    {
        var w = new float[x.Length][];
        for (int q = 0; q < x.Length; q++)
        {
            float best = x[q].Max();
            w[q] = new float[x[q].Length];
            float z = 0f;
            for (int k = 0; k < x[q].Length; k++)
            {
                w[q][k] = MathF.Exp(x[q][k] - best);
                z += w[q][k];
            }

            for (int k = 0; k < x[q].Length; k++)
                w[q][k] /= z;
        }

        return w;
    }

    public static void OwnMaxOfFlatRows(float[] x, float[] y, int cols)
    {
        int rows = x.Length / cols;
        for (int r = 0; r < rows; r++)
        {
            float m = x[r * cols];
            for (int c = 1; c < cols; c++)
                m = MathF.Max(m, x[r * cols + c]);
            float s = 0f;
            for (int c = 0; c < cols; c++)
            {
                y[r * cols + c] = MathF.Exp(x[r * cols + c] - m);
                s += y[r * cols + c];
            }

            for (int c = 0; c < cols; c++)
                y[r * cols + c] /= s;
        }
    }

    public static List<float[]> OwnTopEntryOfSortedLists(List<(int Slot, float Score)[]> hits)
    {
        var result = new List<float[]>(hits.Count);
        foreach ((int Slot, float Score)[] list in hits)
        {
            float top = list[0].Score;
            var w = new float[list.Length];
            float z = 0f;
            for (int k = 0; k < list.Length; k++)
            {
                w[k] = MathF.Exp(list[k].Score - top);
                z += w[k];
            }

            for (int k = 0; k < list.Length; k++)
                w[k] /= z;
            result.Add(w);
        }

        return result;
    }
}
