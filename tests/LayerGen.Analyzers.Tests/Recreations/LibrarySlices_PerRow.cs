// Correct twin of LibrarySlices_WholeMaxAndSum.cs: the max and the sum of each row slice are taken from that slice
// (exp(0) = 1 is the largest term, so each row's sum lies in [1, classes] and each row sums to 1).
using System;
using System.Numerics.Tensors;

namespace Recreations.LibrarySlicesPerRow;

public static class SliceSoftmax
{
    public static void Forward(float[] scores, float[] output, int classes)
    {
        for (int b = 0; b < scores.Length / classes; b++)
        {
            var source = new ReadOnlySpan<float>(scores, b * classes, classes);
            var slice = new Span<float>(output, b * classes, classes);
            TensorPrimitives.Subtract(source, TensorPrimitives.Max(source), slice);
            TensorPrimitives.Exp(slice, slice);
            TensorPrimitives.Divide(slice, TensorPrimitives.Sum(slice), slice);
        }
    }
}
