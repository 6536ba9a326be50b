// Correct twin of PowEuler_RawRows.cs: the same power-of-e exp with the row maximum subtracted first (largest
// term is e^0 = 1, so the sum lies in [1, cols] and nothing overflows): silent. And a base-2 normalisation
// (Math.Pow(2, v) / Σ Math.Pow(2, v)): 2^v is exp(v · ln 2), a softmax of v · ln 2 with no maximum subtracted, which
// overflows for scores above 1024 (double) and gives 0 / 0 below -1074: LG0003 (a constant base is an exp, gaps24).
using System;

namespace Recreations.PowEulerShiftedAndOtherBase;

public static class PowerSoftmax
{
    public static void Rows(float[,] x, float[,] y)
    {
        for (int r = 0; r < x.GetLength(0); r++)
        {
            float max = float.NegativeInfinity;
            for (int c = 0; c < x.GetLength(1); c++)
            {
                max = MathF.Max(max, x[r, c]);
            }

            float sum = 0f;
            for (int c = 0; c < x.GetLength(1); c++)
            {
                y[r, c] = MathF.Pow(MathF.E, x[r, c] - max);
                sum += y[r, c];
            }

            for (int c = 0; c < x.GetLength(1); c++)
            {
                y[r, c] /= sum;
            }
        }
    }

    public static double[] BaseTwo(double[] scores)
    {
        var p = new double[scores.Length];
        double total = 0;
        for (int i = 0; i < scores.Length; i++)
        {
            p[i] = Math.Pow(2, scores[i]); //~ LG0003
            total += p[i];
        }

        for (int i = 0; i < p.Length; i++)
        {
            p[i] /= total;
        }

        return p;
    }
}
