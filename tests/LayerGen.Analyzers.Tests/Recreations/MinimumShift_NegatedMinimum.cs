// Correct twins of MinimumShift_SubtractedMinimum: a softmax of negated energies (Boltzmann weights, soft-argmin)
// shifted by their minimum entering with a positive sign — exp(min - e), exp(-(e - min) / T) — so every exponent
// is ≤ 0 and the slice's minimum gets exp(0) = 1.
// Source: Boltzmann / soft-argmin weights in C# simulation and stereo code.
// Layout: float[] energies (LINQ Min); double[rows, cols] energies with a per-row minimum and a temperature. Correct.
using System;
using System.Linq;

namespace Recreations.MinimumShiftNegatedMinimum;

public static class NegatedMinimum
{
    public static float[] Vector(float[] energies)
    {
        float low = energies.Min();
        var p = new float[energies.Length];
        float z = 0f;
        for (int i = 0; i < energies.Length; i++)
        {
            p[i] = MathF.Exp(low - energies[i]);
            z += p[i];
        }

        for (int i = 0; i < p.Length; i++) p[i] /= z;
        return p;
    }

    public static double[,] Rows(double[,] e, double temperature)
    {
        int rows = e.GetLength(0);
        int cols = e.GetLength(1);
        var y = new double[rows, cols];
        for (int r = 0; r < rows; r++)
        {
            double rowMin = double.MaxValue;
            for (int c = 0; c < cols; c++) rowMin = Math.Min(rowMin, e[r, c]);
            double z = 0.0;
            for (int c = 0; c < cols; c++)
            {
                y[r, c] = Math.Exp(-(e[r, c] - rowMin) / temperature);
                z += y[r, c];
            }

            for (int c = 0; c < cols; c++) y[r, c] /= z;
        }

        return y;
    }
}
