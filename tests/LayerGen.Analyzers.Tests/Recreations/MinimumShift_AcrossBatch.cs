// Variants (our own code) of HeldOut8/NadarayaWatson_GlobalMinDistance.cs and AkaikeWeights_MinOverAllExperiments.cs:
// kernel weights over distances, Boltzmann populations over energies and Akaike-style weights, whose shift is the
// MINIMUM of a quantity that enters the exponent negated (exp(-(d - dmin) / h), exp((emin - e) * beta)). The
// minimum that makes each row's exponent <= 0 is the row's; here it is taken over the whole batch, so a row far
// above the batch minimum underflows to 0/0.
// Layouts: jagged double[][] (nested loops, Math.Min), flat float[rows * cols] (LINQ Min over the whole buffer),
// List<double[]> (Min of row minima), double[,] (ternary min in nested loops). Bug in every method: LG0001.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.MinimumShiftAcrossBatch;

public static class MinimumShiftAcrossBatch
{
    // Gaussian-kernel attention over squared distances; the nearest distance of the whole batch.
    public static double[][] JaggedKernel(double[][] distance, double bandwidth)
    {
        double nearest = double.MaxValue;
        for (int q = 0; q < distance.Length; q++)
            for (int k = 0; k < distance[q].Length; k++)
                nearest = Math.Min(nearest, distance[q][k]); //~ LG0001

        var w = new double[distance.Length][];
        for (int q = 0; q < distance.Length; q++)
        {
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

    // Boltzmann populations of conformers, one row of energies per molecule, flat row-major.
    public static float[] FlatBoltzmann(float[] energy, int molecules, int conformers, float beta)
    {
        float lowest = energy.Min(); //~ LG0001
        var p = new float[energy.Length];
        for (int m = 0; m < molecules; m++)
        {
            float z = 0f;
            for (int c = 0; c < conformers; c++)
            {
                p[m * conformers + c] = MathF.Exp((lowest - energy[m * conformers + c]) * beta);
                z += p[m * conformers + c];
            }

            for (int c = 0; c < conformers; c++) p[m * conformers + c] /= z;
        }

        return p;
    }

    // Akaike-style weights per experiment, the best criterion of all experiments.
    public static List<double[]> ListOfRows(List<double[]> criterion)
    {
        double best = criterion.Min(row => row.Min()); //~ LG0001
        var weights = new List<double[]>(criterion.Count);
        foreach (double[] row in criterion)
        {
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

    // Rectangular [samples, classes] costs, a ternary min over every cell.
    public static double[,] RectangularTernary(double[,] cost, double temperature)
    {
        int rows = cost.GetLength(0), cols = cost.GetLength(1);
        double least = double.PositiveInfinity;
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++)
                least = cost[r, c] < least ? cost[r, c] : least; //~ LG0001

        var p = new double[rows, cols];
        for (int r = 0; r < rows; r++)
        {
            double z = 0;
            for (int c = 0; c < cols; c++)
            {
                p[r, c] = Math.Exp((least - cost[r, c]) / temperature);
                z += p[r, c];
            }

            for (int c = 0; c < cols; c++) p[r, c] = p[r, c] / z;
        }

        return p;
    }
}
