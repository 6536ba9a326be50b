// Source: Mask2Former / MaskFormer semantic inference (Cheng et al. 2021/2022): each query's class logits over
// K classes plus a trailing "no object" class are softmaxed, the no-object column is dropped, and the semantic map is
// sum_q p[q, c] * sigmoid(mask[q, pixel]).
// Layout: flat ReadOnlySpan<float> [queries, classes + 1] with an explicit row stride; Span slices per query.
// Correct.
using System;

namespace HeldOut24.Mask2Former;

/// <summary>Semantic inference of a mask-classification head.</summary>
public static class SemanticInference
{
    /// <summary>Softmax of each query's class logits (including no-object) into <paramref name="probabilities"/>.</summary>
    public static void ClassProbabilities(ReadOnlySpan<float> classLogits, int queries, int classesWithNoObject, Span<float> probabilities)
    {
        int stride = classesWithNoObject;
        for (int q = 0; q < queries; q++)
        {
            ReadOnlySpan<float> logits = classLogits.Slice(q * stride, stride);
            Span<float> p = probabilities.Slice(q * stride, stride);
            float top = logits[0];
            for (int c = 1; c < logits.Length; c++)
            {
                top = logits[c] > top ? logits[c] : top;
            }

            float norm = 0f;
            for (int c = 0; c < logits.Length; c++)
            {
                p[c] = MathF.Exp(logits[c] - top);
                norm += p[c];
            }

            float inverse = 1f / norm;
            for (int c = 0; c < p.Length; c++)
            {
                p[c] *= inverse;
            }
        }
    }

    /// <summary>The semantic map [classes, pixels] (the no-object class dropped).</summary>
    public static float[] SemanticMap(ReadOnlySpan<float> classLogits, ReadOnlySpan<float> maskLogits, int queries, int classes, int pixels)
    {
        var probabilities = new float[queries * (classes + 1)];
        ClassProbabilities(classLogits, queries, classes + 1, probabilities);
        var map = new float[classes * pixels];
        for (int q = 0; q < queries; q++)
        {
            for (int c = 0; c < classes; c++)
            {
                float pc = probabilities[q * (classes + 1) + c];
                for (int x = 0; x < pixels; x++)
                {
                    map[c * pixels + x] += pc / (1f + MathF.Exp(-maskLogits[q * pixels + x]));
                }
            }
        }

        return map;
    }
}
