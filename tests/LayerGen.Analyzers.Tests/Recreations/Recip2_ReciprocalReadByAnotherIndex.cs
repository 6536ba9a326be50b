// Pattern (our own code; a reviewer's stop-40 look at stored reciprocals, as optimal-transport and attention code keeps
// 1 / Σ in a vector and scales a kernel by it): the reciprocal stored per COLUMN (u[j] = 1 / Σ_i K[i, j]) and read as
// u[j] in a later pass is a column softmax; the reciprocal stored per row and read as u[0] for every row.
// Bugs: ColumnSoftmax exponentiates raw scores (LG0003: exp overflows above ~709 in double, a column of ∞ gives ∞ / ∞);
// FirstRowScale divides every row by row 0's sum (LG0002 at that sum: rows other than 0 do not sum to 1);
// RowShiftedColumnScale shifts each row by its own maximum but divides by the column's sum (LG0004 at the max: the
// terms of one column sum are shifted by different maxima, so the column is not a softmax of its scores).
using System;

namespace Recreations.Recip2_ReciprocalReadByAnotherIndex;

/// <summary>Kernels scaled by stored reciprocals read at another index than the row.</summary>
internal static class IndexedReciprocals
{
    public static double[,] ColumnSoftmax(double[,] scores)
    {
        int n = scores.GetLength(0), m = scores.GetLength(1);
        var k = new double[n, m];
        var u = new double[m];
        for (int j = 0; j < m; j++)
        {
            double s = 0;
            for (int i = 0; i < n; i++)
            {
                k[i, j] = Math.Exp(scores[i, j]); //~ LG0003
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

    public static float[][] FirstRowScale(float[][] logits)
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
                s += e[i][j]; //~ LG0002
            }

            u[i] = 1f / s;
        }

        for (int i = 0; i < logits.Length; i++)
        {
            for (int j = 0; j < logits[i].Length; j++)
            {
                e[i][j] *= u[0];
            }
        }

        return e;
    }
    public static double[,] RowShiftedColumnScale(double[,] scores)
    {
        int n = scores.GetLength(0), m = scores.GetLength(1);
        var k = new double[n, m];
        for (int i = 0; i < n; i++)
        {
            double mx = double.MinValue;
            for (int j = 0; j < m; j++) mx = Math.Max(mx, scores[i, j]); //~ LG0004
            for (int j = 0; j < m; j++) k[i, j] = Math.Exp(scores[i, j] - mx);
        }

        var u = new double[m];
        for (int j = 0; j < m; j++)
        {
            double s = 0;
            for (int i = 0; i < n; i++) s += k[i, j];
            u[j] = 1.0 / s;
        }

        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < m; j++)
            {
                k[i, j] *= u[j];
            }
        }

        return k;
    }
}
