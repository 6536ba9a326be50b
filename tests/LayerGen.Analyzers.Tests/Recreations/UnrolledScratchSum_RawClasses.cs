// gaps24 (issue 8, recall): softmaxes over a few classes whose sum is written out term by term. Shapes from RPN
// objectness heads, two-class (binary) heads written as a softmax, and three-way NLI heads, re-created in layouts
// HeldOut9's RpnObjectness_RawTwoPlane does not use: a stackalloc float[3] scratch summed e[0] + e[1] + e[2] over
// jagged rows, two exps of one double[,] row added as a + b, the hand-written two-class softmax of two scalar logits
// exp(l1) / (exp(l0) + exp(l1)), and a new double[2] scratch over flat pairs.
// Bug (LG0003 each exp): no maximum subtracted; rows offset by +1000 overflow (inf / inf), by -1000 give 0 / 0 — also
// with only two terms. BatchMax (LG0001): the scratch softmax shifted by one maximum over the whole batch.
using System;

namespace Recreations.UnrolledScratchSumRawClasses;

public static class UnrolledScratchSum
{
    // jagged logits, three classes, stackalloc scratch, e[0] + e[1] + e[2]: raw
    public static void ThreeWayJagged(float[][] x, float[][] y)
    {
        Span<float> e = stackalloc float[3];
        for (int r = 0; r < x.Length; r++)
        {
            for (int c = 0; c < 3; c++) e[c] = MathF.Exp(x[r][c]); //~ LG0003
            float s = e[0] + e[1] + e[2];
            for (int c = 0; c < 3; c++) y[r][c] = e[c] / s;
        }
    }

    // [,] logits, two classes written as two exps of the same row: raw
    public static void TwoClassRect(double[,] x, double[,] p)
    {
        for (int r = 0; r < x.GetLength(0); r++)
        {
            double a = Math.Exp(x[r, 0]); //~ LG0003
            double b = Math.Exp(x[r, 1]); //~ LG0003
            p[r, 0] = a / (a + b);
            p[r, 1] = b / (a + b);
        }
    }

    // scalar parameters: the hand-written two-class softmax
    public static float PositiveProbability(float l0, float l1) => MathF.Exp(l1) / (MathF.Exp(l0) + MathF.Exp(l1)); //~ LG0003 LG0003 LG0003

    // flat double, new double[2] scratch
    public static void FlatPairs(double[] x, double[] y)
    {
        var e = new double[2];
        for (int o = 0; o < x.Length; o += 2)
        {
            for (int c = 0; c < 2; c++) e[c] = Math.Exp(x[o + c]); //~ LG0003
            double s = e[0] + e[1];
            y[o] = e[0] / s;
            y[o + 1] = e[1] / s;
        }
    }

    // bug: one max over the whole batch (LG0001)
    public static void BatchMax(float[][] x, float[][] y)
    {
        Span<float> e = stackalloc float[3];
        float m = float.NegativeInfinity;
        for (int r = 0; r < x.Length; r++)
            for (int c = 0; c < 3; c++) m = MathF.Max(m, x[r][c]); //~ LG0001
        for (int r = 0; r < x.Length; r++)
        {
            for (int c = 0; c < 3; c++) e[c] = MathF.Exp(x[r][c] - m);
            float s = e[0] + e[1] + e[2];
            for (int c = 0; c < 3; c++) y[r][c] = e[c] / s;
        }
    }
}
