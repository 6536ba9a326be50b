// Idiom: spatial soft-argmax over float heatmaps, one jagged row per keypoint, with the stabilising peak taken once over
// every heatmap with LINQ (`heatmaps.Max(h => h.Max())`). Use: differentiable keypoint localisation.
// Layout: float[keypoints][pixels], MathF.Exp, weights written back into a new jagged array. Our own code.
// Bug LG0001: the peak spans all keypoints' heatmaps, not the one being normalised (a keypoint whose heatmap is far
// below the strongest one underflows to 0 / 0).
using System;
using System.Linq;

namespace HeldOut65.SoftArgmax_JaggedGlobalPeak;

public static class KeypointSoftArgmax
{
    public static float[][] Weights(float[][] heatmaps, float beta)
    {
        float peak = heatmaps.Max(h => h.Max()); //~ LG0001
        var weights = new float[heatmaps.Length][];
        for (int k = 0; k < heatmaps.Length; k++)
        {
            float[] h = heatmaps[k];
            var w = new float[h.Length];
            float z = 0f;
            for (int p = 0; p < h.Length; p++)
            {
                w[p] = MathF.Exp(beta * (h[p] - peak));
                z += w[p];
            }

            for (int p = 0; p < w.Length; p++)
            {
                w[p] /= z;
            }

            weights[k] = w;
        }

        return weights;
    }
}
