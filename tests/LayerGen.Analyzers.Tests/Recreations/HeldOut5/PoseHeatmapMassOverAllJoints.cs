// Source: soft-argmax keypoint decoders (heatmaps [K, H, W], spatial softmax per joint) in C# pose apps.
// Layout: flat [joints, height·width], softmax over each joint's plane.
// Bug (LG0002): the normalising mass is accumulated over every joint's plane, then each plane divided by it.
using System;

namespace LayerGen.Recreations.HeldOut5.PoseHeatmapMassOverAllJointsNs;

public static class PoseHeatmapMassOverAllJoints
{
    public static void Normalise(float[] heat, float[] prob, int joints, int plane)
    {
        var peaks = new float[joints];
        for (int k = 0; k < joints; k++)
        {
            float m = float.MinValue;
            for (int p = 0; p < plane; p++)
            {
                if (heat[k * plane + p] > m) m = heat[k * plane + p];
            }
            peaks[k] = m;
        }

        float mass = 0f;
        for (int k = 0; k < joints; k++)
        {
            for (int p = 0; p < plane; p++)
            {
                prob[k * plane + p] = MathF.Exp(heat[k * plane + p] - peaks[k]);
                mass += prob[k * plane + p]; //~ LG0002
            }
        }

        for (int k = 0; k < joints; k++)
        {
            for (int p = 0; p < plane; p++)
            {
                prob[k * plane + p] /= mass;
            }
        }
    }
}
