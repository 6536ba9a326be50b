// Pattern (our own code; the correct twins of Recip2_ReciprocalReadByAnotherIndex): a column softmax whose exps are
// shifted by the column's own maximum, scaled by u[j] = 1 / Σ_i K[i, j]; one Sinkhorn step (a row softmax, then each
// column divided by its sum through u[j]); a row softmax read through u[i] at its own row.
// Each column (resp. row) sums to 1 and no exp exceeds exp(0) = 1: no overflow, no NaN. Correct: no diagnostic.
using System;

namespace Recreations.Recip2_ColumnReciprocalShifted;

/// <summary>Kernels scaled by stored reciprocals read at the index they were stored at.</summary>
internal static class ShiftedReciprocals
{
    public static double[,] ColumnSoftmax(double[,] scores)
    {
        int n = scores.GetLength(0), m = scores.GetLength(1);
        var k = new double[n, m];
        var u = new double[m];
        for (int j = 0; j < m; j++)
        {
            double mx = double.MinValue;
            for (int i = 0; i < n; i++) mx = Math.Max(mx, scores[i, j]);
            double s = 0;
            for (int i = 0; i < n; i++)
            {
                k[i, j] = Math.Exp(scores[i, j] - mx);
                s += k[i, j];
            }

            u[j] = 1.0 / s;
        }

        var p = new double[n, m];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < m; j++)
            {
                p[i, j] = u[j] * k[i, j];
            }
        }

        return p;
    }

    public static double[,] SinkhornStep(double[,] scores)
    {
        int n = scores.GetLength(0), m = scores.GetLength(1);
        var p = new double[n, m];
        for (int i = 0; i < n; i++)
        {
            double mx = double.MinValue;
            for (int j = 0; j < m; j++) mx = Math.Max(mx, scores[i, j]);
            double s = 0;
            for (int j = 0; j < m; j++)
            {
                p[i, j] = Math.Exp(scores[i, j] - mx);
                s += p[i, j];
            }

            for (int j = 0; j < m; j++) p[i, j] /= s;
        }

        var u = new double[m];
        for (int j = 0; j < m; j++)
        {
            double c = 0;
            for (int i = 0; i < n; i++) c += p[i, j];
            u[j] = 1.0 / c;
        }

        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < m; j++)
            {
                p[i, j] *= u[j];
            }
        }

        return p;
    }

    public static float[][] OwnRowScale(float[][] logits)
    {
        var e = new float[logits.Length][];
        var u = new float[logits.Length];
        for (int i = 0; i < logits.Length; i++)
        {
            float mx = float.MinValue;
            foreach (var v in logits[i]) mx = MathF.Max(mx, v);
            e[i] = new float[logits[i].Length];
            float s = 0f;
            for (int j = 0; j < logits[i].Length; j++)
            {
                e[i][j] = MathF.Exp(logits[i][j] - mx);
                s += e[i][j];
            }

            u[i] = 1f / s;
        }

        for (int i = 0; i < logits.Length; i++)
        {
            for (int j = 0; j < logits[i].Length; j++)
            {
                e[i][j] *= u[i];
            }
        }

        return e;
    }
}
