// Variants (our own code) of a three-class softmax unrolled by hand over a flat [rows * 3] buffer (the shape of the
// written-out sums in UnrolledSums/ExplicitSums: e0 + e1 + e2 of scalar exps per row) whose sum is a running total
// declared before the row loop and never reset: row i is divided by the exps of rows 0..i.
// Bugs: LG0002 (`s += e0 + e1 + e2`; `s = s + a + b` over jagged rows of two). Correct twins: `s = 0` at the top of
// every row, and `var s = e0 + e1 + e2`.
using System;

namespace Recreations.ReductionGaps_UnrolledRunningSum;

public static class UnrolledHeads
{
    public static void ThreeClassCarried(float[] x, float[] y, int rows)
    {
        float s = 0f;
        for (int i = 0; i < rows; i++)
        {
            float m = MathF.Max(x[i * 3], MathF.Max(x[i * 3 + 1], x[i * 3 + 2]));
            float e0 = MathF.Exp(x[i * 3] - m);
            float e1 = MathF.Exp(x[i * 3 + 1] - m);
            float e2 = MathF.Exp(x[i * 3 + 2] - m);
            s += e0 + e1 + e2; //~ LG0002
            y[i * 3] = e0 / s;
            y[i * 3 + 1] = e1 / s;
            y[i * 3 + 2] = e2 / s;
        }
    }

    public static void TwoClassCarried(double[][] x, double[][] y)
    {
        double s = 0.0;
        for (int r = 0; r < x.Length; r++)
        {
            double m = Math.Max(x[r][0], x[r][1]);
            double a = Math.Exp(x[r][0] - m);
            double b = Math.Exp(x[r][1] - m);
            s = s + a + b; //~ LG0002
            y[r][0] = a / s;
            y[r][1] = b / s;
        }
    }

    public static void ThreeClassReset(float[] x, float[] y, int rows)
    {
        float s = 0f;
        for (int i = 0; i < rows; i++)
        {
            s = 0f;
            float m = MathF.Max(x[i * 3], MathF.Max(x[i * 3 + 1], x[i * 3 + 2]));
            float e0 = MathF.Exp(x[i * 3] - m);
            float e1 = MathF.Exp(x[i * 3 + 1] - m);
            float e2 = MathF.Exp(x[i * 3 + 2] - m);
            s += e0 + e1 + e2;
            y[i * 3] = e0 / s;
            y[i * 3 + 1] = e1 / s;
            y[i * 3 + 2] = e2 / s;
        }
    }

    public static void ThreeClassFresh(float[] x, float[] y, int rows)
    {
        for (int i = 0; i < rows; i++)
        {
            float m = MathF.Max(x[i * 3], MathF.Max(x[i * 3 + 1], x[i * 3 + 2]));
            float e0 = MathF.Exp(x[i * 3] - m);
            float e1 = MathF.Exp(x[i * 3 + 1] - m);
            float e2 = MathF.Exp(x[i * 3 + 2] - m);
            var s = e0 + e1 + e2;
            y[i * 3] = e0 / s;
            y[i * 3 + 1] = e1 / s;
            y[i * 3 + 2] = e2 / s;
        }
    }
}
