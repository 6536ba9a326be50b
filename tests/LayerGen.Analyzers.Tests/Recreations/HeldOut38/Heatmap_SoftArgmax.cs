// Idiom: keypoint heatmaps, spatial softmax over the H * W pixels of each joint's map, then soft-argmax coordinates
// Layout: flat float[] [joints, H * W], joint-major, pixel index y * W + x
// Correct
using System;

namespace HeldOut38.Heatmap_SoftArgmax;

public readonly record struct Keypoint(float X, float Y);

public static class SoftArgmax
{
    public static float[] SpatialSoftmax(float[] heatmaps, int joints, int height, int width, out Keypoint[] keypoints)
    {
        int hw = height * width;
        var prob = new float[heatmaps.Length];
        keypoints = new Keypoint[joints];
        for (int j = 0; j < joints; j++)
        {
            int start = j * hw;
            float peak = heatmaps[start];
            for (int i = 1; i < hw; i++)
            {
                if (heatmaps[start + i] > peak)
                    peak = heatmaps[start + i];
            }

            float mass = 0f;
            for (int i = 0; i < hw; i++)
            {
                prob[start + i] = MathF.Exp(heatmaps[start + i] - peak);
                mass += prob[start + i];
            }

            float ex = 0f, ey = 0f;
            for (int y = 0; y < height; y++)
            {
                for (int x = 0; x < width; x++)
                {
                    int i = start + y * width + x;
                    prob[i] /= mass;
                    ex += prob[i] * x;
                    ey += prob[i] * y;
                }
            }

            keypoints[j] = new Keypoint(ex, ey);
        }

        return prob;
    }
}
