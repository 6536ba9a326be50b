// Variants (our own code) of per-sample softmax heads with a fresh probability buffer per row (the shapes of
// FreshRowBuffers_PerRow) whose sum is declared once before the row loop and never reset: each row divides by the
// exps of every row so far. Spellings: new double[C] gathered at the target; stackalloc per row.
// Bugs: LG0002 (the sum spans every row).
using System;
using System.Collections.Generic;

namespace Recreations.FreshRowBuffersSumNeverReset;

public static class FreshRowBuffersCarried
{
    public static double GatheredMargin(List<double[]> logits, int[] targets)
    {
        double total = 0.0;
        double s = 0.0;
        for (int n = 0; n < logits.Count; n++)
        {
            double[] z = logits[n];
            double max = double.MinValue;
            for (int c = 0; c < z.Length; c++) max = Math.Max(max, z[c]);
            var p = new double[z.Length];
            for (int c = 0; c < z.Length; c++)
            {
                p[c] = Math.Exp(z[c] - max);
                s += p[c]; //~ LG0002
            }

            for (int c = 0; c < z.Length; c++) p[c] /= s;
            total += 1.0 - p[targets[n]];
        }

        return total / logits.Count;
    }

    public static float StackRows(float[] x, int rows, int cols, int[] labels)
    {
        float total = 0f;
        float s = 0f;
        for (int r = 0; r < rows; r++)
        {
            Span<float> p = stackalloc float[cols];
            float m = float.NegativeInfinity;
            for (int c = 0; c < cols; c++) m = MathF.Max(m, x[r * cols + c]);
            for (int c = 0; c < cols; c++)
            {
                p[c] = MathF.Exp(x[r * cols + c] - m);
                s += p[c]; //~ LG0002
            }

            for (int c = 0; c < cols; c++) p[c] /= s;
            total += p[labels[r]];
        }

        return total;
    }
}
