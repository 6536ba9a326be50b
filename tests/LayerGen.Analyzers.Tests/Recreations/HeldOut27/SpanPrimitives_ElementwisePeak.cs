// Idiom: the element-wise TensorPrimitives.Max(x, y, destination) overload, used as a running per-column peak.
// Use: a batch of sentence-level label scores (multi-class), one distribution per sentence row.
// Layout: flat row-major float[sentences * labels], AsSpan row slices; the peak buffer is one row long.
// Label: LG0004 — peak[j] is label j's maximum over every sentence, while each row's sum runs over its labels.
using System;
using System.Numerics.Tensors;

namespace LayerGen.Recreations.HeldOut27;

public static class SpanPrimitivesElementwisePeak
{
    /// <summary>Label probabilities for every sentence row.</summary>
    public static void Classify(float[] scores, float[] probabilities, int sentences, int labels)
    {
        var peak = new float[labels];
        scores.AsSpan(0, labels).CopyTo(peak);
        for (int s = 1; s < sentences; s++)
        {
            TensorPrimitives.Max(peak, scores.AsSpan(s * labels, labels), peak); //~ LG0004
        }

        for (int s = 0; s < sentences; s++)
        {
            ReadOnlySpan<float> row = scores.AsSpan(s * labels, labels);
            Span<float> target = probabilities.AsSpan(s * labels, labels);
            TensorPrimitives.Subtract(row, peak, target);
            TensorPrimitives.Exp(target, target);
            float total = TensorPrimitives.Sum(target);
            TensorPrimitives.Divide(target, total, target);
        }
    }
}
