// Written for the tpmax review (our own code): a three-class softmax per row written without loops, as small
// classifiers (e.g. a three-way intent or a Dirichlet-style outcome head) do over a flat [rows * 3] buffer.
// Layout: flat float[] / double[] with 3 or 4 logits per row, offsets i * 3 and 4 * i. Correct: every row's peak is the
// max over its own logits (nested Math.Max, a helper returning it), its sum reset per row.
using System;

namespace Recreations.UnrolledPeaksRowPeaks;

public static class ThreeWay
{
    public static void Probabilities(float[] x, float[] y, int rows)
    {
        for (int i = 0; i < rows; i++)
        {
            float m = MathF.Max(MathF.Max(x[i * 3], x[i * 3 + 1]), x[i * 3 + 2]);
            float e0 = MathF.Exp(x[i * 3] - m), e1 = MathF.Exp(x[i * 3 + 1] - m), e2 = MathF.Exp(x[i * 3 + 2] - m);
            float s = e0 + e1 + e2;
            y[i * 3] = e0 / s;
            y[i * 3 + 1] = e1 / s;
            y[i * 3 + 2] = e2 / s;
        }
    }

    public static void FourWay(double[] x, double[] y, int rows)
    {
        for (int i = 0; i < rows; i++)
        {
            int o = 4 * i;
            double a = x[o], b = x[o + 1], c = x[o + 2], d = x[o + 3];
            double m = Math.Max(Math.Max(a, b), Math.Max(c, d));
            double ea = Math.Exp(a - m), eb = Math.Exp(b - m), ec = Math.Exp(c - m), ed = Math.Exp(d - m);
            double s = ea + eb + ec + ed;
            y[o] = ea / s;
            y[o + 1] = eb / s;
            y[o + 2] = ec / s;
            y[o + 3] = ed / s;
        }
    }

    private static float Peak(float[] x, int o) => MathF.Max(x[o], MathF.Max(x[o + 1], x[o + 2]));

    public static void WithHelper(float[] x, float[] y, int rows)
    {
        for (int i = 0; i < rows; i++)
        {
            int o = i * 3;
            float m = Peak(x, o);
            float e0 = MathF.Exp(x[o] - m), e1 = MathF.Exp(x[o + 1] - m), e2 = MathF.Exp(x[o + 2] - m);
            float s = e0 + e1 + e2;
            y[o] = e0 / s;
            y[o + 1] = e1 / s;
            y[o + 2] = e2 / s;
        }
    }
}
