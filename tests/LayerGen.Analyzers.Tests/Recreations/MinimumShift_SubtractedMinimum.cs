// Bug variants: a softmax of the scores "stabilised" by subtracting their minimum: exp(x - min) has an exponent ≥ 0
// that grows with the spread of the slice, so it overflows (inf / inf = NaN) once max − min passes ~88 in float or
// ~709 in double — no maximum is subtracted (LG0003). A 1-D float vector (LINQ Min) and per-row minima of a
// double[,] batch with a temperature.
// Source: C# softmax helpers that copy the min-shift of soft-argmin / Boltzmann code onto plain logits (a sign slip:
// exp(min - e) is right for energies, exp(x - min) is not for scores).
// Layout: float[] scores; double[rows, cols] logits with a per-row minimum.
using System;
using System.Linq;

namespace Recreations.MinimumShiftSubtractedMinimum;

public static class SubtractedMinimum
{
    public static float[] Vector(float[] scores)
    {
        float low = scores.Min();
        var p = new float[scores.Length];
        float z = 0f;
        for (int i = 0; i < scores.Length; i++)
        {
            p[i] = MathF.Exp(scores[i] - low); //~ LG0003
            z += p[i];
        }

        for (int i = 0; i < p.Length; i++) p[i] /= z;
        return p;
    }

    public static double[,] Rows(double[,] x, double temperature)
    {
        int rows = x.GetLength(0);
        int cols = x.GetLength(1);
        var y = new double[rows, cols];
        for (int r = 0; r < rows; r++)
        {
            double rowMin = double.MaxValue;
            for (int c = 0; c < cols; c++) rowMin = Math.Min(rowMin, x[r, c]);
            double z = 0.0;
            for (int c = 0; c < cols; c++)
            {
                y[r, c] = Math.Exp((x[r, c] - rowMin) / temperature); //~ LG0003
                z += y[r, c];
            }

            for (int c = 0; c < cols; c++) y[r, c] /= z;
        }

        return y;
    }
}
