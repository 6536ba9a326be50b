// Bug variants: a soft-argmin over disparities (p_d = softmax_d(-cost)) per pixel whose shift is one minimum per
// disparity plane, taken over the pixels, and read back as planeMin[d] inside the exp: the min runs over the
// pixels, the sum over disparities (LG0004). Also the same with one minimum per column of a jagged table.
// Source: GC-Net / PSMNet soft-argmin disparity regression and stereo block matchers in C# that precompute a
// per-plane minimum "for stability" — the shape of HeldOut9's StereoDisparity_MinCostPerPlane, written anew.
// Layout: float[D, P] cost volume (rows = disparity planes); double[][] [pixels][disparities].
using System;

namespace Recreations.MinimumShiftPlaneMinima;

public static class PlaneMinima
{
    public static void Rectangular(float[,] cost, float[,] prob)
    {
        int disparities = cost.GetLength(0);
        int pixels = cost.GetLength(1);
        var planeMin = new float[disparities];
        for (int d = 0; d < disparities; d++)
        {
            float low = float.PositiveInfinity;
            for (int p = 0; p < pixels; p++)
            {
                low = MathF.Min(low, cost[d, p]); //~ LG0004
            }

            planeMin[d] = low;
        }

        for (int p = 0; p < pixels; p++)
        {
            float sum = 0f;
            for (int d = 0; d < disparities; d++)
            {
                prob[d, p] = MathF.Exp(planeMin[d] - cost[d, p]);
                sum += prob[d, p];
            }

            for (int d = 0; d < disparities; d++)
            {
                prob[d, p] /= sum;
            }
        }
    }

    public static double[][] JaggedColumns(double[][] energy)
    {
        int states = energy[0].Length;
        var columnMin = new double[states];
        Array.Fill(columnMin, double.MaxValue);
        foreach (double[] row in energy)
        {
            for (int k = 0; k < states; k++)
            {
                if (row[k] < columnMin[k]) columnMin[k] = row[k]; //~ LG0004
            }
        }

        var result = new double[energy.Length][];
        for (int i = 0; i < energy.Length; i++)
        {
            var w = new double[states];
            double z = 0.0;
            for (int k = 0; k < states; k++)
            {
                w[k] = Math.Exp(-(energy[i][k] - columnMin[k]));
                z += w[k];
            }

            for (int k = 0; k < states; k++) w[k] /= z;
            result[i] = w;
        }

        return result;
    }
}
