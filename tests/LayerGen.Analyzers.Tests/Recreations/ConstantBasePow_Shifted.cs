// gaps24: correct twins of ConstantBasePow_RawRows: the same exponentials of another base with their shift inside the
// power (2^(x - max) over jagged rows, 10^(GL - best) over double[,] rows, 0.5^(d - dmin) with the minimum, as the
// base below 1 negates the exponent), and a look-alike that normalises a power of the data (x^2 / sum x^2), which is
// no exponential. Correct: silent.
using System;

namespace Recreations.ConstantBasePowShifted;

public static class ConstantBasePow
{
    // correct twins
    public static void Base2JaggedShifted(float[][] x, float[][] y)
    {
        for (int r = 0; r < x.Length; r++)
        {
            float m = float.NegativeInfinity;
            for (int j = 0; j < x[r].Length; j++) m = MathF.Max(m, x[r][j]);
            float s = 0f;
            for (int j = 0; j < x[r].Length; j++) { y[r][j] = MathF.Pow(2f, x[r][j] - m); s += y[r][j]; }
            for (int j = 0; j < x[r].Length; j++) y[r][j] /= s;
        }
    }

    public static void Pow10Rect(double[,] gl, double[,] post)
    {
        for (int s = 0; s < gl.GetLength(0); s++)
        {
            double best = double.NegativeInfinity;
            for (int g = 0; g < gl.GetLength(1); g++) best = Math.Max(best, gl[s, g]);
            double t = 0;
            for (int g = 0; g < gl.GetLength(1); g++) { post[s, g] = Math.Pow(10, gl[s, g] - best); t += post[s, g]; }
            for (int g = 0; g < gl.GetLength(1); g++) post[s, g] /= t;
        }
    }

    public static void HalfBaseSpanShiftedByMin(ReadOnlySpan<float> d, Span<float> p)
    {
        float lo = float.PositiveInfinity;
        for (int i = 0; i < d.Length; i++) lo = MathF.Min(lo, d[i]);
        float t = 0;
        for (int i = 0; i < d.Length; i++) { p[i] = MathF.Pow(0.5f, d[i] - lo); t += p[i]; }
        for (int i = 0; i < d.Length; i++) p[i] /= t;
    }

    // look-alike: a power of the data, not an exponential (x^2 normalised)
    public static void SquaresNormalised(double[] x, double[] y)
    {
        double t = 0;
        for (int i = 0; i < x.Length; i++) { y[i] = Math.Pow(x[i], 2); t += y[i]; }
        for (int i = 0; i < x.Length; i++) y[i] /= t;
    }
}
