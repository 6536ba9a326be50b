// Variants (our own code, review42's L02/L04/L07) of per-row softmaxes over rows a method builds with LINQ: from a
// float[,] through index ranges (Enumerable.Range(0, R).Select(r => Enumerable.Range(0, C).Select(c => a[r, c]).ToArray())),
// from a jagged array (ToArray or ToList), or an IEnumerable<float[]> materialised with ToArray. Each row is shifted
// by the maximum of another row (row 0, a reference row j) or of every row, and the per-row sums are taken over
// index ranges too. Bugs: LG0001 (the maximum of one slice, or of all, used for every slice); LG0002 (one range over
// every row's elements as each row's sum).
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.LinqRowsFixedRowPeaks;

public static class FixedRowPeakSoftmax
{
    // L02: every row shifted by row 0's max.
    public static float[][] Row0(float[,] a)
    {
        int rows = a.GetLength(0), cols = a.GetLength(1);
        float[][] logits = Enumerable.Range(0, rows).Select(r => Enumerable.Range(0, cols).Select(c => a[r, c]).ToArray()).ToArray();
        var probs = new float[rows][];
        float m = logits[0].Max(); //~ LG0001
        for (int i = 0; i < rows; i++)
        {
            float s = 0f;
            var e = new float[cols];
            for (int c = 0; c < cols; c++) { e[c] = MathF.Exp(logits[i][c] - m); s += e[c]; }
            for (int c = 0; c < cols; c++) e[c] /= s;
            probs[i] = e;
        }

        return probs;
    }

    // L04: one max over all rows (SelectMany), sum per row; rows as a List built by ToList.
    public static List<float[]> GlobalPeak(float[][] x)
    {
        List<float[]> logits = x.Select(row => row.Select(v => 2f * v).ToArray()).ToList();
        float m = logits.SelectMany(row => row).Max(); //~ LG0001
        var probs = new List<float[]>();
        int i = 0;
        while (i < logits.Count)
        {
            float s = 0f;
            var e = new float[logits[i].Length];
            for (int c = 0; c < e.Length; c++) { e[c] = MathF.Exp(logits[i][c] - m); s += e[c]; }
            for (int c = 0; c < e.Length; c++) e[c] /= s;
            probs.Add(e);
            i++;
        }

        return probs;
    }

    // L07: row i shifted by the max of a fixed reference row j; rows materialised from an IEnumerable.
    public static float[][] ReferenceRow(float[][] x, int j)
    {
        IEnumerable<float[]> scaled = x.Select(row => row.Select(v => v / 0.07f).ToArray());
        float[][] logits = scaled.ToArray();
        var probs = new float[logits.Length][];
        for (int i = 0; i < logits.Length; i++)
        {
            float m = logits[j].Max(); //~ LG0001
            float s = 0f;
            var e = new float[logits[i].Length];
            for (int c = 0; c < e.Length; c++) { e[c] = MathF.Exp(logits[i][c] - m); s += e[c]; }
            for (int c = 0; c < e.Length; c++) e[c] /= s;
            probs[i] = e;
        }

        return probs;
    }

    // Row 0's max folded by a loop over a float[,] through ranges; per-row sum by a range.
    public static double[,] RangeRow0(double[,] x)
    {
        int rows = x.GetLength(0), n = x.GetLength(1);
        var y = new double[rows, n];
        double m = Enumerable.Range(0, n).Max(j => x[0, j]); //~ LG0001
        for (int i = 0; i < rows; i++)
        {
            double s = Enumerable.Range(0, n).Select(j => Math.Exp(x[i, j] - m)).Sum();
            for (int j = 0; j < n; j++) y[i, j] = Math.Exp(x[i, j] - m) / s;
        }

        return y;
    }

    // Per-row max, but the "row" sum runs over a range of every row's elements.
    public static double[] RangeTotal(double[] x, int rows, int n)
    {
        var y = new double[rows * n];
        for (int i = 0; i < rows; i++)
        {
            double m = Enumerable.Range(i * n, n).Max(k => x[k]);
            double s = Enumerable.Range(0, rows * n).Select(k => Math.Exp(x[k] - m)).Sum(); //~ LG0002
            for (int j = 0; j < n; j++) y[i * n + j] = Math.Exp(x[i * n + j] - m) / s;
        }

        return y;
    }
}
