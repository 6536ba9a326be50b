// Our own variant of the "exp written as a power of e" form (xin-pu/Somnium and ChACiooh/3DPFg write
// Math.Pow(Math.E, a)): float rows of a [rows, cols] matrix, exp as MathF.Pow(MathF.E, v) inside a helper of the
// same type, and once with named arguments in double. Bug: no max subtracted (MathF.Pow(MathF.E, 89f) = +inf,
// inf / inf = NaN; in double above ~709).
using System;

namespace Recreations.PowEulerRawRows;

public static class PowerSoftmax
{
    private static float Exp(float v) => MathF.Pow(MathF.E, v);

    public static void Rows(float[,] x, float[,] y)
    {
        for (int r = 0; r < x.GetLength(0); r++)
        {
            float sum = 0f;
            for (int c = 0; c < x.GetLength(1); c++)
            {
                y[r, c] = Exp(x[r, c]); //~ LG0003
                sum += y[r, c];
            }

            for (int c = 0; c < x.GetLength(1); c++)
            {
                y[r, c] /= sum;
            }
        }
    }

    public static double[] Named(double[] scores)
    {
        var e = new double[scores.Length];
        double total = 0;
        for (int i = 0; i < scores.Length; i++)
        {
            e[i] = Math.Pow(y: scores[i], x: Math.E); //~ LG0003
            total += e[i];
        }

        for (int i = 0; i < e.Length; i++)
        {
            e[i] /= total;
        }

        return e;
    }
}
