// Correct twins of LastSlotSums_SharedSlot: each row's buffer keeps one spare slot past its logits, and the row's sum
// of exps lands in that row's own spare slot (buf[r][n], b[r, n], row[^1] of a span, a column named by GetLength)
// before it divides the row, in the same row loop or in a separate pass. The writes of the exps at i < n never touch
// slot n, so the slot holds that row's sum alone.
// Source: review41 cases6 S03 (jagged rows of n + 1 slots) and S08 (a 2D buffer with an extra column), written anew
// with other loop forms, element types and division passes.
// Layout: jagged float[][] rows of n + 1; double[,] with an extra column; jagged rows through Span<double> views.
using System;

namespace Recreations.LastSlotSumsRowsOwnSlot;

public static class SpareSlotSoftmax
{
    public static void JaggedRows(float[][] logits, float[][] scratch)
    {
        for (int r = 0; r < logits.Length; r++)
        {
            float[] x = logits[r];
            int n = x.Length;
            float peak = float.NegativeInfinity;
            for (int i = 0; i < n; i++)
            {
                peak = MathF.Max(peak, x[i]);
            }

            scratch[r][n] = 0f;
            for (int i = 0; i < n; i++)
            {
                scratch[r][i] = MathF.Exp(x[i] - peak);
                scratch[r][n] += scratch[r][i];
            }

            for (int i = 0; i < n; i++)
            {
                scratch[r][i] /= scratch[r][n];
            }
        }
    }

    public static void ExtraColumn(double[,] logits, double[,] work)
    {
        int rows = logits.GetLength(0);
        int classes = logits.GetLength(1);
        int r = 0;
        while (r < rows)
        {
            double peak = double.NegativeInfinity;
            int c = 0;
            while (c < classes)
            {
                peak = Math.Max(peak, logits[r, c]);
                c++;
            }

            work[r, classes] = 0.0;
            c = 0;
            while (c < classes)
            {
                work[r, c] = Math.Exp(logits[r, c] - peak);
                work[r, classes] += work[r, c];
                c++;
            }

            r++;
        }

        for (int row = 0; row < rows; row++)
        {
            double inverse = 1.0 / work[row, classes];
            for (int c = 0; c < classes; c++)
            {
                work[row, c] *= inverse;
            }
        }
    }

    public static void SpanRows(double[][] logits, double[][] scratch)
    {
        for (int r = 0; r < logits.Length; r++)
        {
            ReadOnlySpan<double> x = logits[r];
            Span<double> row = scratch[r];
            int n = x.Length;
            double peak = double.NegativeInfinity;
            foreach (double v in x)
            {
                peak = Math.Max(peak, v);
            }

            row[n] = 0.0;
            for (int i = 0; i < n; i++)
            {
                row[i] = Math.Exp(x[i] - peak);
                row[n] += row[i];
            }

            for (int i = 0; i < n; i++)
            {
                row[i] /= row[n];
            }
        }
    }
}
