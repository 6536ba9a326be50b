// Idiom: System.Runtime.Intrinsics Vector256<float> loads for the row maximum, with a scalar tail; reciprocal multiply.
// Use: image classifier output, one softmax per sample.
// Layout: flat row-major float[samples * classes], ReadOnlySpan<float> row slices.
// Label: Correct.
using System;
using System.Runtime.Intrinsics;

namespace LayerGen.Recreations.HeldOut27;

public static class Vector256Classifier
{
    /// <summary>Softmax of each sample's class logits; the row maximum is taken eight lanes at a time.</summary>
    public static void Probabilities(ReadOnlySpan<float> logits, Span<float> probabilities, int samples, int classes)
    {
        for (int s = 0; s < samples; s++)
        {
            ReadOnlySpan<float> row = logits.Slice(s * classes, classes);
            Span<float> output = probabilities.Slice(s * classes, classes);

            float peak = float.NegativeInfinity;
            int i = 0;
            if (Vector256.IsHardwareAccelerated && row.Length >= Vector256<float>.Count)
            {
                Vector256<float> lanes = Vector256.Create(float.NegativeInfinity);
                for (; i <= row.Length - Vector256<float>.Count; i += Vector256<float>.Count)
                {
                    lanes = Vector256.Max(lanes, Vector256.Create(row.Slice(i, Vector256<float>.Count)));
                }

                for (int lane = 0; lane < Vector256<float>.Count; lane++)
                {
                    peak = MathF.Max(peak, lanes.GetElement(lane));
                }
            }

            for (; i < row.Length; i++)
            {
                peak = MathF.Max(peak, row[i]);
            }

            float total = 0f;
            for (int c = 0; c < classes; c++)
            {
                float e = MathF.Exp(row[c] - peak);
                output[c] = e;
                total += e;
            }

            float inverse = 1f / total;
            for (int c = 0; c < classes; c++)
            {
                output[c] *= inverse;
            }
        }
    }
}
