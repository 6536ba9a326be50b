// Source: int8-quantised classifier post-processing (TFLite / ONNX Runtime QDQ models in C#: real = scale * (q - zero
// point), then softmax per row), re-created shape: the row max is taken over the raw int8 codes and dequantised once,
// which is exact because scale > 0.
// Layout: sbyte[] [rows * classes] quantised logits, scale and zero point, float[] probabilities. Correct.
using System;

namespace LayerGen.Recreations.HeldOut9;

public static class QuantizedHead_Int8RowMax
{
    public static float[] Probabilities(sbyte[] q, int classes, float scale, int zeroPoint)
    {
        var probs = new float[q.Length];
        for (int o = 0; o < q.Length; o += classes)
        {
            int qMax = q[o];
            for (int c = 1; c < classes; c++)
            {
                if (q[o + c] > qMax) qMax = q[o + c];
            }

            float rowMax = scale * (qMax - zeroPoint);
            float sum = 0f;
            for (int c = 0; c < classes; c++)
            {
                float logit = scale * (q[o + c] - zeroPoint);
                probs[o + c] = MathF.Exp(logit - rowMax);
                sum += probs[o + c];
            }

            for (int c = 0; c < classes; c++)
            {
                probs[o + c] /= sum;
            }
        }

        return probs;
    }
}
