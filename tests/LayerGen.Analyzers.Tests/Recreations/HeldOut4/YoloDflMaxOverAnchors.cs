// Source: YOLOv8 C# ports (ONNX Runtime YoloV8 post-processing, DFL decoding): each box side is a distribution over
// 16 bins; distance = sum_k k * softmax(bins)_k.
// Layout: flat [4 * 16, anchors]; bin k of side s for anchor a at (s * 16 + k) * anchors + a.
// Bug: the max is taken per (side, bin) over all anchors, while the sum runs over the 16 bins of one anchor.
using System;

namespace LayerGen.HeldOut4.YoloDflMaxOverAnchors;

public static class DflDecoder
{
    private const int Bins = 16;

    public static float[] BinProbabilities(float[] raw, int anchors, float[] distances)
    {
        var binMax = new float[4 * Bins];
        for (int sk = 0; sk < 4 * Bins; sk++)
        {
            float m = float.NegativeInfinity;
            for (int a = 0; a < anchors; a++)
                m = MathF.Max(m, raw[sk * anchors + a]); //~ LG0004
            binMax[sk] = m;
        }

        var probs = new float[raw.Length];
        for (int a = 0; a < anchors; a++)
        {
            for (int s = 0; s < 4; s++)
            {
                float sum = 0f;
                for (int k = 0; k < Bins; k++)
                {
                    int idx = (s * Bins + k) * anchors + a;
                    probs[idx] = MathF.Exp(raw[idx] - binMax[s * Bins + k]);
                    sum += probs[idx];
                }

                float expected = 0f;
                for (int k = 0; k < Bins; k++)
                {
                    int idx = (s * Bins + k) * anchors + a;
                    probs[idx] /= sum;
                    expected += k * probs[idx];
                }

                distances[a * 4 + s] = expected;
            }
        }

        return probs;
    }
}
