using System.Numerics;

namespace LayerGen;

/// <summary>Element-wise activation loops. Arguments are already validated and destinations sliced to length.</summary>
internal static class ActivationKernels
{
    public static void Relu<T>(ReadOnlySpan<T> x, Span<T> y, SimdPath path)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (int i = 0; i < x.Length; i++)
        {
            T v = x[i];
            y[i] = v > T.Zero ? v : T.IsNaN(v) ? v : T.Zero;
        }
    }

    public static void ReluBackward<T>(ReadOnlySpan<T> y, ReadOnlySpan<T> dy, Span<T> dx, SimdPath path)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (int i = 0; i < y.Length; i++)
        {
            dx[i] = y[i] > T.Zero ? dy[i] : T.Zero;
        }
    }

    public static void Sigmoid<T>(ReadOnlySpan<T> x, Span<T> y, SimdPath path)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = T.One / (T.One + T.Exp(-x[i]));
        }
    }

    public static void SigmoidBackward<T>(ReadOnlySpan<T> y, ReadOnlySpan<T> dy, Span<T> dx, SimdPath path)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (int i = 0; i < y.Length; i++)
        {
            T v = y[i];
            dx[i] = dy[i] * v * (T.One - v);
        }
    }

    public static void Tanh<T>(ReadOnlySpan<T> x, Span<T> y, SimdPath path)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = T.Tanh(x[i]);
        }
    }

    public static void TanhBackward<T>(ReadOnlySpan<T> y, ReadOnlySpan<T> dy, Span<T> dx, SimdPath path)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (int i = 0; i < y.Length; i++)
        {
            T v = y[i];
            dx[i] = dy[i] * (T.One - v * v);
        }
    }
}
