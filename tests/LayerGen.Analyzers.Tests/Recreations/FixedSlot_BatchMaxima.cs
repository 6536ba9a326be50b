// Bug variants: the shift is a maximum over the batch of one fixed slot of every slice (the first column, the first
// entry of each query's list), while the softmax runs along each slice: the maximum folds another axis than the sum
// (LG0004: a slice whose entries lie far above or below that slot's batch maximum overflows or underflows to 0 / 0).
// Nothing in the code says the slot holds its slice's maximum, so the fold is read as what it is, a maximum over the
// batch axis at one position of the softmax axis (see README "gaps35" on HeldOut13's ProductKey_PeakOverBatch).
// Source: the shape of HeldOut13's ProductKey_PeakOverBatch (Lample et al. 2019 product-key memory), written anew for
// other layouts: a [batch, classes] array, jagged rows, a flat row-major buffer, per-query (slot, score) lists.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.FixedSlotBatchMaxima;

public static class BatchMaxima
{
    public static void FirstColumnOfEveryRow(double[,] x, double[,] y)
    {
        int rows = x.GetLength(0), cols = x.GetLength(1);
        double m = double.MinValue;
        for (int r = 0; r < rows; r++)
            m = Math.Max(m, x[r, 0]); //~ LG0004
        for (int r = 0; r < rows; r++)
        {
            double s = 0.0;
            for (int c = 0; c < cols; c++)
            {
                y[r, c] = Math.Exp(x[r, c] - m);
                s += y[r, c];
            }

            for (int c = 0; c < cols; c++)
                y[r, c] /= s;
        }
    }

    public static float[][] FirstEntryOfJaggedRows(float[][] x)
    {
        float best = x.Max(r => r[0]); //~ LG0004
        var w = new float[x.Length][];
        for (int q = 0; q < x.Length; q++)
        {
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

    public static void FirstOfEachFlatRow(float[] x, float[] y, int cols)
    {
        int rows = x.Length / cols;
        float m = float.NegativeInfinity;
        for (int r = 0; r < rows; r++)
            m = MathF.Max(m, x[r * cols]); //~ LG0004
        for (int r = 0; r < rows; r++)
        {
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

    public static List<float[]> TopEntryOfSortedLists(List<(int Slot, float Score)[]> hits)
    {
        float top = float.NegativeInfinity;
        foreach ((int Slot, float Score)[] list in hits)
            top = MathF.Max(top, list[0].Score); //~ LG0004
        var result = new List<float[]>(hits.Count);
        foreach ((int Slot, float Score)[] list in hits)
        {
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
