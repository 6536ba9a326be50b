// Written for the tpmax review (our own code): the three-class softmax of UnrolledPeaks_RowPeaks with the peak folded
// over the whole batch first (one running max of every row's written-out max, or one loop over the flat buffer).
// Layout: flat float[] [rows * 3]. Bug LG0001: one peak for every row; a row far below the batch's peak underflows to 0/0.
using System;

namespace Recreations.UnrolledPeaksBatchPeak;

public static class ThreeWay
{
    public static void RunningPeak(float[] x, float[] y, int rows)
    {
        float m = float.NegativeInfinity;
        for (int i = 0; i < rows; i++) m = MathF.Max(m, MathF.Max(MathF.Max(x[i * 3], x[i * 3 + 1]), x[i * 3 + 2])); //~ LG0001
        for (int i = 0; i < rows; i++)
        {
            float e0 = MathF.Exp(x[i * 3] - m), e1 = MathF.Exp(x[i * 3 + 1] - m), e2 = MathF.Exp(x[i * 3 + 2] - m);
            float s = e0 + e1 + e2;
            y[i * 3] = e0 / s;
            y[i * 3 + 1] = e1 / s;
            y[i * 3 + 2] = e2 / s;
        }
    }

    public static void FlatPeak(float[] x, float[] y, int rows)
    {
        float m = float.NegativeInfinity;
        for (int k = 0; k < x.Length; k++) m = MathF.Max(m, x[k]); //~ LG0001
        for (int i = 0; i < rows; i++)
        {
            float e0 = MathF.Exp(x[i * 3] - m), e1 = MathF.Exp(x[i * 3 + 1] - m), e2 = MathF.Exp(x[i * 3 + 2] - m);
            float s = e0 + e1 + e2;
            y[i * 3] = e0 / s;
            y[i * 3 + 1] = e1 / s;
            y[i * 3 + 2] = e2 / s;
        }
    }
}
