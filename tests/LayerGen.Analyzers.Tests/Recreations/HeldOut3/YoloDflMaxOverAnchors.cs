// Re-creates: a YOLOv8 C# DFL decode that precomputes one "stability" max per head channel ([4 * 16, anchors]
// output) — i.e. over the anchors — and then normalises over the 16 bins of each side.
// Layout: flat [side * RegMax + bin, anchor]; softmax axis = bin (stride = anchors). float.
// Bug: LG0004 (max over anchors, sum over bins).
using System;

namespace LayerGen.Recreations.HeldOut3.YoloDflMaxOverAnchors;

public static class DflChannelMaxDecoder
{
    public const int RegMax = 16;

    public static float[] Decode(float[] output, int anchors, float[] probs)
    {
        var channelMax = new float[4 * RegMax];
        for (int ch = 0; ch < 4 * RegMax; ch++)
        {
            float m = float.MinValue;
            for (int a = 0; a < anchors; a++)
            {
                m = MathF.Max(m, output[ch * anchors + a]); //~ LG0004
            }

            channelMax[ch] = m;
        }

        var distances = new float[4 * anchors];
        for (int a = 0; a < anchors; a++)
        {
            for (int side = 0; side < 4; side++)
            {
                float sum = 0f;
                for (int k = 0; k < RegMax; k++)
                {
                    int ch = side * RegMax + k;
                    float e = MathF.Exp(output[ch * anchors + a] - channelMax[ch]);
                    probs[ch * anchors + a] = e;
                    sum += e;
                }

                float expected = 0f;
                for (int k = 0; k < RegMax; k++)
                {
                    int index = (side * RegMax + k) * anchors + a;
                    probs[index] /= sum;
                    expected += probs[index] * k;
                }

                distances[side * anchors + a] = expected;
            }
        }

        return distances;
    }
}
