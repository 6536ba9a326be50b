// Source: Faster R-CNN RPN objectness (Caffe-style [2A, H, W] scores), re-created as a rank-3 port with a loop over
// the two classes.
// Layout: float[2A, H, W], class c of anchor a at channel c * A + a.
// Bug (LG0003): the class scores are exponentiated without subtracting their max.
using System;

namespace LayerGen.Recreations.HeldOut9;

public static class RpnObjectness_RawTwoPlane
{
    public static float[,,] Objectness(float[,,] scores)
    {
        int anchors = scores.GetLength(0) / 2;
        int h = scores.GetLength(1);
        int w = scores.GetLength(2);
        var probs = new float[2 * anchors, h, w];
        var e = new float[2];
        for (int a = 0; a < anchors; a++)
        {
            for (int y = 0; y < h; y++)
            {
                for (int x = 0; x < w; x++)
                {
                    for (int c = 0; c < 2; c++) e[c] = MathF.Exp(scores[c * anchors + a, y, x]); //~ LG0003
                    float s = e[0] + e[1];
                    probs[a, y, x] = e[0] / s;
                    probs[anchors + a, y, x] = e[1] / s;
                }
            }
        }

        return probs;
    }
}
