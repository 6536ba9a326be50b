// Source: integral pose regression / soft-argmax decoders in C# pose-estimation apps (heatmaps [K, H, W] from ONNX
// models, softmax over the H·W pixels of each joint, then expected x, y). Layout: flat [joints, height·width].
// Correct: per-joint max over its own plane, record struct result per joint.
using System;

namespace LayerGen.Recreations.HeldOut5.PoseHeatmapSoftArgmaxNs;

public readonly record struct Keypoint(float X, float Y);

public static class PoseHeatmapSoftArgmax
{
    public static Keypoint[] Decode(float[] heat, float[] prob, int joints, int height, int width)
    {
        int plane = height * width;
        var result = new Keypoint[joints];
        for (int k = 0; k < joints; k++)
        {
            int baseIndex = k * plane;
            float peak = heat[baseIndex];
            for (int p = 1; p < plane; p++)
            {
                peak = MathF.Max(peak, heat[baseIndex + p]);
            }
            float mass = 0f;
            for (int p = 0; p < plane; p++)
            {
                float e = MathF.Exp(heat[baseIndex + p] - peak);
                prob[baseIndex + p] = e;
                mass += e;
            }
            float ex = 0f, ey = 0f;
            for (int p = 0; p < plane; p++)
            {
                float q = prob[baseIndex + p] / mass;
                prob[baseIndex + p] = q;
                ex += q * (p % width);
                ey += q * (p / width);
            }
            result[k] = new Keypoint(ex, ey);
        }
        return result;
    }
}
