// Re-creates: YOLOv8 C# post-processing ports (ONNX Runtime, the YoloV8/YoloSharp family): DFL box decode, a softmax
// over 16 bins for each box side of each anchor, raw head output laid out [4 * 16, anchors] (anchors innermost).
// Layout: flat [side * RegMax + bin, anchor]; softmax axis = bin (stride = anchors). float.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut3.YoloDflSoftmaxBins;

public static class DflDecoder
{
    public const int RegMax = 16;

    /// <summary>Writes bin probabilities to <paramref name="probs"/> (same layout) and returns the 4 distances per anchor.</summary>
    public static float[] Decode(float[] output, int anchors, float[] probs)
    {
        var distances = new float[4 * anchors];
        for (int a = 0; a < anchors; a++)
        {
            for (int side = 0; side < 4; side++)
            {
                int baseIndex = side * RegMax * anchors + a;
                float max = float.NegativeInfinity;
                for (int k = 0; k < RegMax; k++)
                {
                    max = MathF.Max(max, output[baseIndex + k * anchors]);
                }

                float sum = 0f;
                for (int k = 0; k < RegMax; k++)
                {
                    float e = MathF.Exp(output[baseIndex + k * anchors] - max);
                    probs[baseIndex + k * anchors] = e;
                    sum += e;
                }

                float expected = 0f;
                for (int k = 0; k < RegMax; k++)
                {
                    float p = probs[baseIndex + k * anchors] / sum;
                    probs[baseIndex + k * anchors] = p;
                    expected += p * k;
                }

                distances[side * anchors + a] = expected;
            }
        }

        return distances;
    }
}
