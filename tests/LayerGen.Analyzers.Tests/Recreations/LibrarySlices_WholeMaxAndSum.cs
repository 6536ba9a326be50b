// Our own variant of a softmax written only with TensorPrimitives calls over row slices of flat buffers
// (as in SharpNet-style SoftmaxLastDimension code): float rows of a [batch, classes] buffer, a loop over rows that
// shifts, exponentiates and divides each slice. Bugs: Shifted takes the max once over the whole batch (LG0001: a
// row whose logits are all 1000 below the batch max gives exp(-1000) = 0, sum 0, NaN); Normalised sums every row's
// exps into one normaliser (LG0002: each row sums to 1 / batch instead of 1).
using System;
using System.Numerics.Tensors;

namespace Recreations.LibrarySlicesWholeMaxAndSum;

public static class SliceSoftmax
{
    public static void Shifted(float[] scores, float[] output, int classes)
    {
        float peak = TensorPrimitives.Max(scores); //~ LG0001
        for (int b = 0; b < scores.Length / classes; b++)
        {
            var source = new ReadOnlySpan<float>(scores, b * classes, classes);
            var slice = new Span<float>(output, b * classes, classes);
            TensorPrimitives.Subtract(source, peak, slice);
            TensorPrimitives.Exp(slice, slice);
            TensorPrimitives.Divide(slice, TensorPrimitives.Sum(slice), slice);
        }
    }

    public static void Normalised(float[] scores, float[] output, int classes)
    {
        int batch = scores.Length / classes;
        for (int b = 0; b < batch; b++)
        {
            ReadOnlySpan<float> source = scores.AsSpan(b * classes, classes);
            Span<float> slice = output.AsSpan(b * classes, classes);
            TensorPrimitives.Subtract(source, TensorPrimitives.Max(source), slice);
            TensorPrimitives.Exp(slice, slice);
        }

        float norm = TensorPrimitives.Sum(output); //~ LG0002
        TensorPrimitives.Divide(output, norm, output);
    }
}
