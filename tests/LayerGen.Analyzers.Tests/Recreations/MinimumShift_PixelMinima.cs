// Correct twins of MinimumShift_PlaneMinima: the minimum is taken per pixel over the disparities (per row over the
// states) and read back by the batch index (pixelMin[p], rowMin[i]), so exp(min - cost) ≤ 1 along each softmax.
// Source: GC-Net / PSMNet soft-argmin disparity regression; Boltzmann weights over the states of each sample.
// Layout: float[D, P] cost volume; double[][] [samples][states] with a per-row minimum array. Correct.
using System;

namespace Recreations.MinimumShiftPixelMinima;

public static class PixelMinima
{
    public static void Rectangular(float[,] cost, float[,] prob)
    {
        int disparities = cost.GetLength(0);
        int pixels = cost.GetLength(1);
        var pixelMin = new float[pixels];
        for (int p = 0; p < pixels; p++)
        {
            float low = float.PositiveInfinity;
            for (int d = 0; d < disparities; d++)
            {
                low = MathF.Min(low, cost[d, p]);
            }

            pixelMin[p] = low;
        }

        for (int p = 0; p < pixels; p++)
        {
            float sum = 0f;
            for (int d = 0; d < disparities; d++)
            {
                prob[d, p] = MathF.Exp(pixelMin[p] - cost[d, p]);
                sum += prob[d, p];
            }

            for (int d = 0; d < disparities; d++)
            {
                prob[d, p] /= sum;
            }
        }
    }

    public static double[][] JaggedRows(double[][] energy)
    {
        var rowMin = new double[energy.Length];
        for (int i = 0; i < energy.Length; i++)
        {
            rowMin[i] = double.MaxValue;
            foreach (double e in energy[i])
            {
                if (e < rowMin[i]) rowMin[i] = e;
            }
        }

        var result = new double[energy.Length][];
        for (int i = 0; i < energy.Length; i++)
        {
            var w = new double[energy[i].Length];
            double z = 0.0;
            for (int k = 0; k < w.Length; k++)
            {
                w[k] = Math.Exp(-(energy[i][k] - rowMin[i]));
                z += w[k];
            }

            for (int k = 0; k < w.Length; k++) w[k] /= z;
            result[i] = w;
        }

        return result;
    }
}
