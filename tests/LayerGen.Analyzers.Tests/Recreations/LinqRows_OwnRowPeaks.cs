// Correct twins (our own code, review42's L01/L03/L06) of LinqRows_FixedRowPeaks.cs: the same rows built by LINQ
// (index ranges over a float[,], ToArray/ToList of a jagged array, an IEnumerable materialised with ToArray), each
// row shifted by its own maximum, read at a loop stepping by 1 or 2, at i - 1 from 1, or as one softmax of a fixed
// row; per-row sums over index ranges of the row. All silent.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.LinqRowsOwnRowPeaks;

public static class OwnRowPeakSoftmax
{
    // L01: step 1.
    public static float[][] Step1(float[,] a)
    {
        int rows = a.GetLength(0), cols = a.GetLength(1);
        float[][] logits = Enumerable.Range(0, rows).Select(r => Enumerable.Range(0, cols).Select(c => a[r, c]).ToArray()).ToArray();
        var probs = new float[rows][];
        for (int i = 0; i < rows; i++)
        {
            float m = logits[i].Max();
            float s = 0f;
            var e = new float[cols];
            for (int c = 0; c < cols; c++) { e[c] = MathF.Exp(logits[i][c] - m); s += e[c]; }
            for (int c = 0; c < cols; c++) e[c] /= s;
            probs[i] = e;
        }

        return probs;
    }

    // L03: step 2 (pairs), each row its own softmax; rows as a List.
    public static float[][] Step2(float[][] x)
    {
        List<float[]> logits = x.Select(row => row.Select(v => 2f * v).ToArray()).ToList();
        var probs = new float[logits.Count][];
        for (int i = 0; i < logits.Count; i += 2)
        {
            float m = logits[i].Max();
            float s = 0f;
            var e = new float[logits[i].Length];
            for (int c = 0; c < e.Length; c++) { e[c] = MathF.Exp(logits[i][c] - m); s += e[c]; }
            for (int c = 0; c < e.Length; c++) e[c] /= s;
            probs[i] = e;
        }

        return probs;
    }

    // L06: loop from 1 reading row i - 1 for both the max and the sum; rows from an IEnumerable.
    public static float[][] PreviousIndex(float[][] x)
    {
        IEnumerable<float[]> scaled = x.Select(row => row.Select(v => v / 0.07f).ToArray());
        float[][] logits = scaled.ToArray();
        var probs = new float[logits.Length][];
        for (int i = 1; i <= logits.Length; i++)
        {
            float m = logits[i - 1].Max();
            float s = 0f;
            var e = new float[logits[i - 1].Length];
            for (int c = 0; c < e.Length; c++) { e[c] = MathF.Exp(logits[i - 1][c] - m); s += e[c]; }
            for (int c = 0; c < e.Length; c++) e[c] /= s;
            probs[i - 1] = e;
        }

        return probs;
    }

    // One softmax of the reference row j, shifted by that row's max.
    public static float[] ReferenceRow(float[,] a, int j)
    {
        float[][] logits = Enumerable.Range(0, a.GetLength(0)).Select(r => Enumerable.Range(0, a.GetLength(1)).Select(c => a[r, c]).ToArray()).ToArray();
        float m = logits[j].Max();
        float s = 0f;
        var e = new float[logits[j].Length];
        for (int c = 0; c < e.Length; c++) { e[c] = MathF.Exp(logits[j][c] - m); s += e[c]; }
        for (int c = 0; c < e.Length; c++) e[c] /= s;
        return e;
    }

    // Per-row max and sum over ranges of a float[,].
    public static double[,] RangeRows(double[,] x)
    {
        int rows = x.GetLength(0), n = x.GetLength(1);
        var y = new double[rows, n];
        for (int i = 0; i < rows; i++)
        {
            double m = Enumerable.Range(0, n).Max(j => x[i, j]);
            double s = Enumerable.Range(0, n).Select(j => Math.Exp(x[i, j] - m)).Sum();
            for (int j = 0; j < n; j++) y[i, j] = Math.Exp(x[i, j] - m) / s;
        }

        return y;
    }

    // Per-row sum over a range of the row of a flat buffer.
    public static double[] RangeRowOfFlat(double[] x, int rows, int n)
    {
        var y = new double[rows * n];
        for (int i = 0; i < rows; i++)
        {
            double m = Enumerable.Range(i * n, n).Max(k => x[k]);
            double s = Enumerable.Range(0, n).Select(j => Math.Exp(x[i * n + j] - m)).Sum();
            for (int j = 0; j < n; j++) y[i * n + j] = Math.Exp(x[i * n + j] - m) / s;
        }

        return y;
    }
}
