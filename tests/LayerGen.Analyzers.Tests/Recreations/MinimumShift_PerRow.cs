// Correct twins (our own code) of MinimumShift_AcrossBatch.cs: each row's exponent is shifted by that row's own
// minimum of the quantity that enters it negated, so each row's largest term is exp(0) = 1. Look-alikes: a
// batch-wide minimum computed for another purpose (a display range) beside a per-row shift, and the diagonal
// excluded from the minimum by an && guard (the NCA shape of HeldOut8/NcaNeighbours_DiagonalExcluded.cs).
// Layouts: jagged double[][], flat float[] with Span rows, List<double[]> with LINQ Min per row, double[,].
// Correct: no diagnostic.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.MinimumShiftPerRow;

public static class MinimumShiftPerRow
{
    public static double[][] JaggedKernel(double[][] distance, double bandwidth)
    {
        var w = new double[distance.Length][];
        for (int q = 0; q < distance.Length; q++)
        {
            double nearest = double.MaxValue;
            for (int k = 0; k < distance[q].Length; k++) nearest = Math.Min(nearest, distance[q][k]);

            w[q] = new double[distance[q].Length];
            double z = 0;
            for (int k = 0; k < w[q].Length; k++)
            {
                w[q][k] = Math.Exp(-(distance[q][k] - nearest) / (bandwidth * bandwidth));
                z += w[q][k];
            }

            for (int k = 0; k < w[q].Length; k++) w[q][k] /= z;
        }

        return w;
    }

    // The batch minimum is only reported (a colour scale); each row is shifted by its own minimum.
    public static float[] FlatSpansWithDisplayRange(float[] energy, int molecules, int conformers, float beta, out float displayLow)
    {
        displayLow = energy.Min();
        var p = new float[energy.Length];
        for (int m = 0; m < molecules; m++)
        {
            ReadOnlySpan<float> e = energy.AsSpan(m * conformers, conformers);
            Span<float> row = p.AsSpan(m * conformers, conformers);
            float lowest = float.PositiveInfinity;
            for (int c = 0; c < e.Length; c++)
                if (e[c] < lowest) lowest = e[c];

            float z = 0f;
            for (int c = 0; c < e.Length; c++)
            {
                row[c] = MathF.Exp((lowest - e[c]) * beta);
                z += row[c];
            }

            for (int c = 0; c < row.Length; c++) row[c] /= z;
        }

        return p;
    }

    public static List<double[]> ListOfRows(List<double[]> criterion)
    {
        var weights = new List<double[]>(criterion.Count);
        foreach (double[] row in criterion)
        {
            double best = row.Min();
            var w = new double[row.Length];
            double total = 0;
            for (int i = 0; i < row.Length; i++)
            {
                w[i] = Math.Exp(-0.5 * (row[i] - best));
                total += w[i];
            }

            for (int i = 0; i < w.Length; i++) w[i] /= total;
            weights.Add(w);
        }

        return weights;
    }

    // Neighbour probabilities over a square distance matrix, the diagonal excluded by the guard of the min.
    public static double[,] OffDiagonalNeighbours(double[,] distance)
    {
        int n = distance.GetLength(0);
        var p = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            double nearest = double.PositiveInfinity;
            for (int j = 0; j < n; j++)
                if (j != i && distance[i, j] < nearest) nearest = distance[i, j];

            double z = 0;
            for (int j = 0; j < n; j++)
            {
                if (j == i) continue;
                p[i, j] = Math.Exp(nearest - distance[i, j]);
                z += p[i, j];
            }

            for (int j = 0; j < n; j++) p[i, j] /= z;
        }

        return p;
    }
}
