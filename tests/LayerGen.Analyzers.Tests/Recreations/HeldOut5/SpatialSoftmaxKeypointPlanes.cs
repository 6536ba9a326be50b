// Source: spatial-softmax layers of visuomotor policies (Levine et al.) ported to C# robotics/Unity code: softmax over
// the H·W positions of each feature channel. Layout: float[channels, height, width], softmax per channel plane.
// Correct: nested h, w loops inside each channel for max, sum and division.
using System;

namespace LayerGen.Recreations.HeldOut5.SpatialSoftmaxKeypointPlanesNs;

public static class SpatialSoftmaxKeypointPlanes
{
    public static float[,,] Forward(float[,,] features)
    {
        int channels = features.GetLength(0), height = features.GetLength(1), width = features.GetLength(2);
        var att = new float[channels, height, width];
        for (int c = 0; c < channels; c++)
        {
            float m = float.NegativeInfinity;
            for (int h = 0; h < height; h++)
                for (int w = 0; w < width; w++)
                    if (features[c, h, w] > m) m = features[c, h, w];
            float s = 0f;
            for (int h = 0; h < height; h++)
                for (int w = 0; w < width; w++)
                {
                    att[c, h, w] = MathF.Exp(features[c, h, w] - m);
                    s += att[c, h, w];
                }
            for (int h = 0; h < height; h++)
                for (int w = 0; w < width; w++)
                    att[c, h, w] /= s;
        }
        return att;
    }
}
