using System.Numerics.Tensors;

namespace LayerGen.Benchmarks.Baselines;

/// <summary>
/// <see cref="TensorPrimitives.SoftMax(ReadOnlySpan{float}, Span{float})"/> called once per row.
/// It subtracts no maximum, so a row with logits above ~88 overflows to NaN (e.g. [100, 101]);
/// it is benchmarked on standard normal logits, where it is exact enough.
/// </summary>
public static class TensorPrimitivesSoftmax
{
    /// <summary>Row-wise softmax through the BCL's vectorised span primitive.</summary>
    public static void Forward(ReadOnlySpan<float> x, Span<float> y, int cols)
    {
        int rows = x.Length / cols;
        for (int r = 0; r < rows; r++)
        {
            TensorPrimitives.SoftMax(x.Slice(r * cols, cols), y.Slice(r * cols, cols));
        }
    }
}
