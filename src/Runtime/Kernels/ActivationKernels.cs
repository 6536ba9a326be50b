using System.Numerics;
using System.Runtime.Intrinsics;

namespace LayerGen;

/// <summary>Dispatches the activations to a vector width or the scalar reference. Arguments are already validated and sliced.</summary>
internal static class ActivationKernels
{
    public static void Relu<T>(ReadOnlySpan<T> x, Span<T> y, SimdPath path)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        switch (path)
        {
            case SimdPath.Vector512 when Vector512.IsHardwareAccelerated:
                ElementwiseVector<Vector512<T>, T, Simd512<T>>.Unary<ReluOp<Vector512<T>, T>>(x, y); break;
            case SimdPath.Vector256 when Vector256.IsHardwareAccelerated:
                ElementwiseVector<Vector256<T>, T, Simd256<T>>.Unary<ReluOp<Vector256<T>, T>>(x, y); break;
            case SimdPath.Vector128 when Vector128.IsHardwareAccelerated:
                ElementwiseVector<Vector128<T>, T, Simd128<T>>.Unary<ReluOp<Vector128<T>, T>>(x, y); break;
            default: Scalar<ReluOp<Vector128<T>, T>, T>(x, y); break;
        }
    }

    public static void ReluBackward<T>(ReadOnlySpan<T> y, ReadOnlySpan<T> dy, Span<T> dx, SimdPath path)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        switch (path)
        {
            case SimdPath.Vector512 when Vector512.IsHardwareAccelerated:
                ElementwiseVector<Vector512<T>, T, Simd512<T>>.Binary<ReluBackwardOp<Vector512<T>, T>>(y, dy, dx); break;
            case SimdPath.Vector256 when Vector256.IsHardwareAccelerated:
                ElementwiseVector<Vector256<T>, T, Simd256<T>>.Binary<ReluBackwardOp<Vector256<T>, T>>(y, dy, dx); break;
            case SimdPath.Vector128 when Vector128.IsHardwareAccelerated:
                ElementwiseVector<Vector128<T>, T, Simd128<T>>.Binary<ReluBackwardOp<Vector128<T>, T>>(y, dy, dx); break;
            default: Scalar<ReluBackwardOp<Vector128<T>, T>, T>(y, dy, dx); break;
        }
    }

    public static void Sigmoid<T>(ReadOnlySpan<T> x, Span<T> y, SimdPath path)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        switch (path)
        {
            case SimdPath.Vector512 when Vector512.IsHardwareAccelerated:
                ElementwiseVector<Vector512<T>, T, Simd512<T>>.Unary<SigmoidOp<Vector512<T>, T>>(x, y); break;
            case SimdPath.Vector256 when Vector256.IsHardwareAccelerated:
                ElementwiseVector<Vector256<T>, T, Simd256<T>>.Unary<SigmoidOp<Vector256<T>, T>>(x, y); break;
            case SimdPath.Vector128 when Vector128.IsHardwareAccelerated:
                ElementwiseVector<Vector128<T>, T, Simd128<T>>.Unary<SigmoidOp<Vector128<T>, T>>(x, y); break;
            default: Scalar<SigmoidOp<Vector128<T>, T>, T>(x, y); break;
        }
    }

    public static void SigmoidBackward<T>(ReadOnlySpan<T> y, ReadOnlySpan<T> dy, Span<T> dx, SimdPath path)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        switch (path)
        {
            case SimdPath.Vector512 when Vector512.IsHardwareAccelerated:
                ElementwiseVector<Vector512<T>, T, Simd512<T>>.Binary<SigmoidBackwardOp<Vector512<T>, T>>(y, dy, dx); break;
            case SimdPath.Vector256 when Vector256.IsHardwareAccelerated:
                ElementwiseVector<Vector256<T>, T, Simd256<T>>.Binary<SigmoidBackwardOp<Vector256<T>, T>>(y, dy, dx); break;
            case SimdPath.Vector128 when Vector128.IsHardwareAccelerated:
                ElementwiseVector<Vector128<T>, T, Simd128<T>>.Binary<SigmoidBackwardOp<Vector128<T>, T>>(y, dy, dx); break;
            default: Scalar<SigmoidBackwardOp<Vector128<T>, T>, T>(y, dy, dx); break;
        }
    }

    public static void Tanh<T>(ReadOnlySpan<T> x, Span<T> y, SimdPath path)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(double))
        {
            path = SimdPath.Scalar; // see TanhOp: the vector form is float-only
        }

        switch (path)
        {
            case SimdPath.Vector512 when Vector512.IsHardwareAccelerated:
                ElementwiseVector<Vector512<T>, T, Simd512<T>>.Unary<TanhOp<Vector512<T>, T>>(x, y); break;
            case SimdPath.Vector256 when Vector256.IsHardwareAccelerated:
                ElementwiseVector<Vector256<T>, T, Simd256<T>>.Unary<TanhOp<Vector256<T>, T>>(x, y); break;
            case SimdPath.Vector128 when Vector128.IsHardwareAccelerated:
                ElementwiseVector<Vector128<T>, T, Simd128<T>>.Unary<TanhOp<Vector128<T>, T>>(x, y); break;
            default: Scalar<TanhOp<Vector128<T>, T>, T>(x, y); break;
        }
    }

    public static void TanhBackward<T>(ReadOnlySpan<T> y, ReadOnlySpan<T> dy, Span<T> dx, SimdPath path)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        switch (path)
        {
            case SimdPath.Vector512 when Vector512.IsHardwareAccelerated:
                ElementwiseVector<Vector512<T>, T, Simd512<T>>.Binary<TanhBackwardOp<Vector512<T>, T>>(y, dy, dx); break;
            case SimdPath.Vector256 when Vector256.IsHardwareAccelerated:
                ElementwiseVector<Vector256<T>, T, Simd256<T>>.Binary<TanhBackwardOp<Vector256<T>, T>>(y, dy, dx); break;
            case SimdPath.Vector128 when Vector128.IsHardwareAccelerated:
                ElementwiseVector<Vector128<T>, T, Simd128<T>>.Binary<TanhBackwardOp<Vector128<T>, T>>(y, dy, dx); break;
            default: Scalar<TanhBackwardOp<Vector128<T>, T>, T>(y, dy, dx); break;
        }
    }

    /// <summary>The scalar reference loop of an operation.</summary>
    private static void Scalar<TOp, T>(ReadOnlySpan<T> x, Span<T> y)
        where TOp : IUnaryOp<Vector128<T>, T>
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = TOp.Apply(x[i]);
        }
    }

    private static void Scalar<TOp, T>(ReadOnlySpan<T> y, ReadOnlySpan<T> dy, Span<T> dx)
        where TOp : IBinaryOp<Vector128<T>, T>
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (int i = 0; i < y.Length; i++)
        {
            dx[i] = TOp.Apply(y[i], dy[i]);
        }
    }
}
