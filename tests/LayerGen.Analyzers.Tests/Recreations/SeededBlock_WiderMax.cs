// Variants (our own code) of heatmap and [N, C, L] frame softmaxes whose max walks a flat block wider than the softmax
// axis: every joint's plane at once (p < joints * plane, seeded from pixel 0), or a sample's whole [C, L] block while
// the softmax runs over the stride-L class fibre of each frame. float and double.
// Bugs: LG0001 (the max spans more than each softmax slice).
using System;

namespace Recreations.SeededBlockWiderMax;

public static class WiderBlockMax
{
    public static void AllPlanes(float[] heat, float[] prob, int joints, int height, int width)
    {
        int plane = height * width;
        float peak = heat[0];
        for (int p = 1; p < joints * plane; p++) peak = MathF.Max(peak, heat[p]); //~ LG0001
        for (int k = 0; k < joints; k++)
        {
            float mass = 0f;
            for (int p = 0; p < plane; p++)
            {
                prob[k * plane + p] = MathF.Exp(heat[k * plane + p] - peak);
                mass += prob[k * plane + p];
            }

            for (int p = 0; p < plane; p++) prob[k * plane + p] /= mass;
        }
    }

    public static void FrameBlock(double[] x, double[] y, int n, int classes, int frames)
    {
        for (int b = 0; b < n; b++)
        {
            int first = b * classes * frames;
            double m = x[first];
            for (int i = first + 1; i < first + classes * frames; i++) m = Math.Max(m, x[i]); //~ LG0001
            for (int l = 0; l < frames; l++)
            {
                double s = 0;
                for (int c = 0; c < classes; c++) s += Math.Exp(x[first + c * frames + l] - m);
                for (int c = 0; c < classes; c++) y[first + c * frames + l] = Math.Exp(x[first + c * frames + l] - m) / s;
            }
        }
    }
}
