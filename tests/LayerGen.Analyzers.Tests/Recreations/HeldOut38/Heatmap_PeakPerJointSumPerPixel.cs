// Idiom: keypoint heatmaps, spatial softmax with LINQ peaks per joint; the normaliser is accumulated per pixel
// Layout: jagged float[joints][H * W]
// Bug (LG0004): the max runs per joint over the pixels, the sum per pixel over the joints (channel sum, spatial shift)
using System;
using System.Linq;

namespace HeldOut38.Heatmap_PeakPerJointSumPerPixel;

public static class HeatmapDecoder
{
    public static float[][] Normalise(float[][] heatmaps)
    {
        int joints = heatmaps.Length;
        int pixels = heatmaps[0].Length;
        var peak = new float[joints];
        for (int j = 0; j < joints; j++)
            peak[j] = heatmaps[j].Max(); //~ LG0004

        var norm = new float[pixels];
        var prob = new float[joints][];
        for (int j = 0; j < joints; j++)
        {
            prob[j] = new float[pixels];
            for (int p = 0; p < pixels; p++)
            {
                prob[j][p] = MathF.Exp(heatmaps[j][p] - peak[j]);
                norm[p] += prob[j][p];
            }
        }

        for (int j = 0; j < joints; j++)
            for (int p = 0; p < pixels; p++)
                prob[j][p] /= norm[p];

        return prob;
    }
}
