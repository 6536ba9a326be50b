// Variants (our own code) of soft-argmax heatmap decoders (pose estimation: flat [joints, height·width]) and spatial
// softmaxes: the max of each joint's plane is seeded with its first pixel and walks the rest from p = 1 (or from 0),
// the plane size a product of two sizes; later loops decompose the flat pixel index as p % width, p / width. float and double.
// Correct: no diagnostic (a walk over one plane picked by the joint loop is that plane, not the whole buffer).
using System;

namespace Recreations.SeededBlockPlaneMax;

public static class SeededPlanes
{
    public static void SoftArgmax(float[] heat, float[] prob, float[] xy, int joints, int height, int width)
    {
        int plane = height * width;
        for (int k = 0; k < joints; k++)
        {
            int baseIndex = k * plane;
            float peak = heat[baseIndex];
            for (int p = 1; p < plane; p++) peak = MathF.Max(peak, heat[baseIndex + p]);
            float mass = 0f;
            for (int p = 0; p < plane; p++)
            {
                prob[baseIndex + p] = MathF.Exp(heat[baseIndex + p] - peak);
                mass += prob[baseIndex + p];
            }

            float ex = 0f, ey = 0f;
            for (int p = 0; p < plane; p++)
            {
                float q = prob[baseIndex + p] / mass;
                prob[baseIndex + p] = q;
                ex += q * (p % width);
                ey += q * (p / width);
            }

            xy[2 * k] = ex;
            xy[2 * k + 1] = ey;
        }
    }

    // The plane size written inline, the seed read at k * height * width, a double buffer.
    public static void InlinePlane(double[] maps, double[] output, int channels, int height, int width)
    {
        for (int k = 0; k < channels; k++)
        {
            double m = maps[k * height * width];
            for (int p = 1; p < height * width; p++)
            {
                if (maps[k * height * width + p] > m) m = maps[k * height * width + p];
            }

            double z = 0;
            for (int p = 0; p < height * width; p++) z += Math.Exp(maps[k * height * width + p] - m);
            for (int p = 0; p < height * width; p++) output[k * height * width + p] = Math.Exp(maps[k * height * width + p] - m) / z;
        }
    }
}
