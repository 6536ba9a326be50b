// gaps24: correct twins of UnrolledScratchSum_RawClasses: the scratch of exps shifted by the row's maximum (written
// out as nested MathF.Max, Math.Max of a pair, or a loop over the row) before its unrolled sum, and the two-class
// softmax written as the sigmoid of the logit difference, branch-stable. Correct: silent.
using System;

namespace Recreations.UnrolledScratchSumShiftedClasses;

public static class UnrolledScratchSum
{
    // ---- correct twins
    public static void ThreeWayJaggedShifted(float[][] x, float[][] y)
    {
        Span<float> e = stackalloc float[3];
        for (int r = 0; r < x.Length; r++)
        {
            float m = MathF.Max(x[r][0], MathF.Max(x[r][1], x[r][2]));
            for (int c = 0; c < 3; c++) e[c] = MathF.Exp(x[r][c] - m);
            float s = e[0] + e[1] + e[2];
            for (int c = 0; c < 3; c++) y[r][c] = e[c] / s;
        }
    }

    public static void FlatPairsShifted(double[] x, double[] y)
    {
        var e = new double[2];
        for (int o = 0; o < x.Length; o += 2)
        {
            double m = Math.Max(x[o], x[o + 1]);
            for (int c = 0; c < 2; c++) e[c] = Math.Exp(x[o + c] - m);
            double s = e[0] + e[1];
            y[o] = e[0] / s;
            y[o + 1] = e[1] / s;
        }
    }

    // correct: per-row max by a loop, exps in a stackalloc scratch summed unrolled
    public static void RowLoopMax(float[][] x, float[][] y)
    {
        Span<float> e = stackalloc float[3];
        for (int r = 0; r < x.Length; r++)
        {
            float m = float.NegativeInfinity;
            for (int c = 0; c < 3; c++) m = MathF.Max(m, x[r][c]);
            for (int c = 0; c < 3; c++) e[c] = MathF.Exp(x[r][c] - m);
            float s = e[0] + e[1] + e[2];
            for (int c = 0; c < 3; c++) y[r][c] = e[c] / s;
        }
    }

    // two-class via the sigmoid of the difference: stable
    public static void TwoClassSigmoid(double[,] x, double[,] p)
    {
        for (int r = 0; r < x.GetLength(0); r++)
        {
            double d = x[r, 1] - x[r, 0];
            p[r, 1] = d >= 0 ? 1.0 / (1.0 + Math.Exp(-d)) : Math.Exp(d) / (1.0 + Math.Exp(d));
            p[r, 0] = 1.0 - p[r, 1];
        }
    }
}
