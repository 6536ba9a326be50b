using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace LayerGen;

/// <summary>Dispatches the softmax family to the scalar reference or a vector width. Arguments are already validated.</summary>
internal static class SoftmaxKernels
{
    public static void Forward<T>(ReadOnlySpan<T> x, Span<T> y, int cols, SimdPath path)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(float) && path >= SimdPath.Vector256 && SoftmaxAcrossRows.Supports(cols))
        {
            // Short float rows: whole blocks of 8 rows vectorised across rows, the remaining rows below.
            int done = SoftmaxAcrossRows.Forward(MemoryMarshal.Cast<T, float>(x), MemoryMarshal.Cast<T, float>(y), cols) * cols;
            x = x[done..];
            y = y[done..];
        }

        switch (Width<T>(path, cols))
        {
            case SimdPath.Vector512: SoftmaxVector<Vector512<T>, T, Simd512<T>>.Forward(x, y, cols); break;
            case SimdPath.Vector256: SoftmaxVector<Vector256<T>, T, Simd256<T>>.Forward(x, y, cols); break;
            case SimdPath.Vector128: SoftmaxVector<Vector128<T>, T, Simd128<T>>.Forward(x, y, cols); break;
            default:
                for (int start = 0; start < x.Length; start += cols)
                {
                    SoftmaxScalar.ForwardRow(x.Slice(start, cols), y.Slice(start, cols));
                }

                break;
        }
    }

    public static void Backward<T>(ReadOnlySpan<T> y, ReadOnlySpan<T> dy, Span<T> dx, int cols, SimdPath path)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        switch (BackwardWidth<T>(path, cols))
        {
            case SimdPath.Vector512: SoftmaxVector<Vector512<T>, T, Simd512<T>>.Backward(y, dy, dx, cols); break;
            case SimdPath.Vector256: SoftmaxVector<Vector256<T>, T, Simd256<T>>.Backward(y, dy, dx, cols); break;
            case SimdPath.Vector128: SoftmaxVector<Vector128<T>, T, Simd128<T>>.Backward(y, dy, dx, cols); break;
            default:
                for (int start = 0; start < y.Length; start += cols)
                {
                    SoftmaxScalar.BackwardRow(y.Slice(start, cols), dy.Slice(start, cols), dx.Slice(start, cols));
                }

                break;
        }
    }

    public static void LogForward<T>(ReadOnlySpan<T> x, Span<T> y, int cols, SimdPath path)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        switch (Width<T>(path, cols))
        {
            case SimdPath.Vector512: SoftmaxVector<Vector512<T>, T, Simd512<T>>.LogForward(x, y, cols); break;
            case SimdPath.Vector256: SoftmaxVector<Vector256<T>, T, Simd256<T>>.LogForward(x, y, cols); break;
            case SimdPath.Vector128: SoftmaxVector<Vector128<T>, T, Simd128<T>>.LogForward(x, y, cols); break;
            default:
                for (int start = 0; start < x.Length; start += cols)
                {
                    SoftmaxScalar.LogForwardRow(x.Slice(start, cols), y.Slice(start, cols));
                }

                break;
        }
    }

    public static void LogBackward<T>(ReadOnlySpan<T> y, ReadOnlySpan<T> dy, Span<T> dx, int cols, SimdPath path)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        switch (BackwardWidth<T>(path, cols))
        {
            case SimdPath.Vector512: SoftmaxVector<Vector512<T>, T, Simd512<T>>.LogBackward(y, dy, dx, cols); break;
            case SimdPath.Vector256: SoftmaxVector<Vector256<T>, T, Simd256<T>>.LogBackward(y, dy, dx, cols); break;
            case SimdPath.Vector128: SoftmaxVector<Vector128<T>, T, Simd128<T>>.LogBackward(y, dy, dx, cols); break;
            default:
                for (int start = 0; start < y.Length; start += cols)
                {
                    SoftmaxScalar.LogBackwardRow(y.Slice(start, cols), dy.Slice(start, cols), dx.Slice(start, cols));
                }

                break;
        }
    }

    /// <summary>
    /// The width for the backward passes, which have no exp to amortise over a whole vector: the widest requested width whose
    /// vector fits in a row (measured faster than one masked wide vector per row, e.g. for 10 columns), else <see cref="Width{T}"/>.
    /// </summary>
    internal static SimdPath BackwardWidth<T>(SimdPath path, int cols)
        where T : unmanaged
    {
        SimdPath fitting = Gemm.Width<T>(path, cols);
        return fitting == SimdPath.Scalar ? Width<T>(path, cols) : fitting;
    }

    /// <summary>
    /// The width to run: the requested one, narrowed while the next narrower vector still holds a whole row (short rows waste
    /// fewer lanes), and scalar when the requested width is not accelerated here.
    /// </summary>
    internal static SimdPath Width<T>(SimdPath path, int cols)
        where T : unmanaged
    {
        if (!SimdPaths.IsAccelerated(path))
        {
            return SimdPath.Scalar;
        }

        if (path == SimdPath.Vector512 && cols <= Vector256<T>.Count)
        {
            path = SimdPath.Vector256;
        }

        if (path == SimdPath.Vector256 && cols <= Vector128<T>.Count)
        {
            path = SimdPath.Vector128;
        }

        return path;
    }
}
