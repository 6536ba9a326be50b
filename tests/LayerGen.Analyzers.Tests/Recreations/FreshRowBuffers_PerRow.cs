// Variants (our own code) of per-sample softmax heads that allocate a fresh probability buffer for every sample
// (focal-loss and policy-gradient training code on List<double[]> / jagged rows): new double[C] or stackalloc per row,
// normalised by that row's own max and sum, then read at a gathered index (p[targets[n]]) or kept in a list.
// Correct: no diagnostic (a buffer allocated per row is that row, not the batch).
using System;
using System.Collections.Generic;

namespace Recreations.FreshRowBuffersPerRow;

public static class FreshRowBuffers
{
    // new double[C] per row, gathered at the target, added to a list.
    public static double GatheredMargin(List<double[]> logits, int[] targets, List<double[]> kept)
    {
        double total = 0.0;
        for (int n = 0; n < logits.Count; n++)
        {
            double[] z = logits[n];
            double max = double.MinValue;
            for (int c = 0; c < z.Length; c++) max = Math.Max(max, z[c]);
            var p = new double[z.Length];
            double s = 0.0;
            for (int c = 0; c < z.Length; c++)
            {
                p[c] = Math.Exp(z[c] - max);
                s += p[c];
            }

            for (int c = 0; c < z.Length; c++) p[c] /= s;
            kept.Add(p);
            total += 1.0 - p[targets[n]];
        }

        return total / logits.Count;
    }

    // stackalloc per row of a flat [rows, cols] buffer, gathered at the label.
    public static float StackRows(float[] x, int rows, int cols, int[] labels)
    {
        float total = 0f;
        for (int r = 0; r < rows; r++)
        {
            Span<float> p = stackalloc float[cols];
            float m = float.NegativeInfinity;
            for (int c = 0; c < cols; c++) m = MathF.Max(m, x[r * cols + c]);
            float s = 0f;
            for (int c = 0; c < cols; c++)
            {
                p[c] = MathF.Exp(x[r * cols + c] - m);
                s += p[c];
            }

            for (int c = 0; c < cols; c++) p[c] /= s;
            total += p[labels[r]];
        }

        return total;
    }

    // Declared outside, re-allocated inside the row loop.
    public static double[][] Reallocated(double[][] z)
    {
        var result = new double[z.Length][];
        double[] p;
        for (int n = 0; n < z.Length; n++)
        {
            p = new double[z[n].Length];
            double max = double.MinValue;
            foreach (double v in z[n]) max = Math.Max(max, v);
            double s = 0.0;
            for (int c = 0; c < p.Length; c++)
            {
                p[c] = Math.Exp(z[n][c] - max);
                s += p[c];
            }

            for (int c = 0; c < p.Length; c++) p[c] /= s;
            result[n] = p;
        }

        return result;
    }
}
