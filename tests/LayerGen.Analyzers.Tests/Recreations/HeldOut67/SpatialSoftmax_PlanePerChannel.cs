// Idiom: spatial softmax of a keypoint head (one probability map per channel over its h * w positions, as in
// "spatial soft-argmax" layers for pose/robot-learning feature points); generic-math float.Exp.
// Layout: float[n, c, h, w], softmax over dimensions 2 and 3 together for each (n, c).
// Correct: max and sum over one channel's plane.
using System;

namespace HeldOut67.SpatialSoftmax_PlanePerChannel;

public static class SpatialSoftmax
{
    public static float[,,,] Forward(float[,,,] features)
    {
        int n = features.GetLength(0), c = features.GetLength(1), h = features.GetLength(2), w = features.GetLength(3);
        var maps = new float[n, c, h, w];
        for (int b = 0; b < n; b++)
        {
            for (int ch = 0; ch < c; ch++)
            {
                float m = float.NegativeInfinity;
                for (int y = 0; y < h; y++)
                {
                    for (int x = 0; x < w; x++)
                    {
                        m = float.Max(m, features[b, ch, y, x]);
                    }
                }

                float z = 0f;
                for (int y = 0; y < h; y++)
                {
                    for (int x = 0; x < w; x++)
                    {
                        maps[b, ch, y, x] = float.Exp(features[b, ch, y, x] - m);
                        z += maps[b, ch, y, x];
                    }
                }

                for (int y = 0; y < h; y++)
                {
                    for (int x = 0; x < w; x++)
                    {
                        maps[b, ch, y, x] /= z;
                    }
                }
            }
        }

        return maps;
    }
}
