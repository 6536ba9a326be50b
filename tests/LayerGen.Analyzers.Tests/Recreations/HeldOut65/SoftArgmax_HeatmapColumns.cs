// Idiom: soft-argmax (integral regression) over keypoint heatmaps: weights softmax(beta * h) over the pixels of one
// keypoint, expected pixel coordinates as the weighted mean of the pixel grid. Use: differentiable keypoint localisation.
// Layout: column-major double[pixels, keypoints] (a conv head's output reshaped with the keypoint as the last index), so
// each softmax runs down a column (over the first axis). Inspired by integral pose regression / spatial soft-argmax
// layers. Our own code. Correct: per-keypoint (per-column) max and sum.
using System;

namespace HeldOut65.SoftArgmax_HeatmapColumns;

public static class SpatialSoftArgmax
{
    public static (double X, double Y)[] Locate(double[,] heat, int width, double beta, double[,] weights)
    {
        int pixels = heat.GetLength(0);
        int keypoints = heat.GetLength(1);
        var result = new (double X, double Y)[keypoints];
        for (int k = 0; k < keypoints; k++)
        {
            double peak = heat[0, k];
            for (int p = 1; p < pixels; p++)
            {
                if (heat[p, k] > peak)
                {
                    peak = heat[p, k];
                }
            }

            double z = 0.0;
            for (int p = 0; p < pixels; p++)
            {
                weights[p, k] = Math.Exp(beta * (heat[p, k] - peak));
                z += weights[p, k];
            }

            double ex = 0.0, ey = 0.0;
            for (int p = 0; p < pixels; p++)
            {
                weights[p, k] /= z;
                ex += weights[p, k] * (p % width);
                ey += weights[p, k] * (p / width);
            }

            result[k] = (ex, ey);
        }

        return result;
    }
}
