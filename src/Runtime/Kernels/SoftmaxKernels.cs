using System.Numerics;

namespace LayerGen;

/// <summary>Dispatches the softmax family to the scalar or a vector implementation, row by row. Arguments are already validated.</summary>
internal static class SoftmaxKernels
{
    public static void Forward<T>(ReadOnlySpan<T> x, Span<T> y, int cols, SimdPath path)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (int start = 0; start < x.Length; start += cols)
        {
            SoftmaxScalar.ForwardRow(x.Slice(start, cols), y.Slice(start, cols));
        }
    }

    public static void Backward<T>(ReadOnlySpan<T> y, ReadOnlySpan<T> dy, Span<T> dx, int cols, SimdPath path)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (int start = 0; start < y.Length; start += cols)
        {
            SoftmaxScalar.BackwardRow(y.Slice(start, cols), dy.Slice(start, cols), dx.Slice(start, cols));
        }
    }

    public static void LogForward<T>(ReadOnlySpan<T> x, Span<T> y, int cols, SimdPath path)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (int start = 0; start < x.Length; start += cols)
        {
            SoftmaxScalar.LogForwardRow(x.Slice(start, cols), y.Slice(start, cols));
        }
    }

    public static void LogBackward<T>(ReadOnlySpan<T> y, ReadOnlySpan<T> dy, Span<T> dx, int cols, SimdPath path)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (int start = 0; start < y.Length; start += cols)
        {
            SoftmaxScalar.LogBackwardRow(y.Slice(start, cols), dy.Slice(start, cols), dx.Slice(start, cols));
        }
    }
}
