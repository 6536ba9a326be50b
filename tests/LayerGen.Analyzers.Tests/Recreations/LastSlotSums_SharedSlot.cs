// Buggy twins of LastSlotSums_RowsOwnSlot: the spare slot that holds the sum is one slot for every row (row 0's extra
// column, or the last slot of a one-row scratch buffer), reset once before the row loop. Every row's exps, each
// shifted by its own row's maximum, are added to it, and each row is divided by the running total of all rows so
// far: no row sums to 1 after the first (LG0002 at the fold).
// Source: the review41 S03/S08 shapes with the slot's row pinned, written anew.
// Layout: float[,] with an extra column; jagged double[][] rows; a double[] scratch of n + 1 beside a double[,] output.
using System;

namespace Recreations.LastSlotSumsSharedSlot;

public static class SharedSpareSlot
{
    public static void RowZerosColumn(float[,] logits, float[,] work)
    {
        int rows = logits.GetLength(0);
        int n = logits.GetLength(1);
        work[0, n] = 0f;
        for (int r = 0; r < rows; r++)
        {
            float peak = float.NegativeInfinity;
            for (int i = 0; i < n; i++)
            {
                peak = MathF.Max(peak, logits[r, i]);
            }

            for (int i = 0; i < n; i++)
            {
                work[r, i] = MathF.Exp(logits[r, i] - peak);
                work[0, n] += work[r, i]; //~ LG0002
            }

            for (int i = 0; i < n; i++)
            {
                work[r, i] /= work[0, n];
            }
        }
    }

    public static void ScratchLastSlot(double[,] logits, double[,] probabilities)
    {
        int rows = logits.GetLength(0);
        int n = logits.GetLength(1);
        var scratch = new double[n + 1];
        scratch[n] = 0.0;
        for (int r = 0; r < rows; r++)
        {
            double peak = double.NegativeInfinity;
            for (int i = 0; i < n; i++)
            {
                peak = Math.Max(peak, logits[r, i]);
            }

            for (int i = 0; i < n; i++)
            {
                probabilities[r, i] = Math.Exp(logits[r, i] - peak);
                scratch[n] += probabilities[r, i]; //~ LG0002
            }

            for (int i = 0; i < n; i++)
            {
                probabilities[r, i] /= scratch[n];
            }
        }
    }
}
