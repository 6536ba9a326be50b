using System.Numerics;

namespace LayerGen;

/// <summary>
/// Element-wise activations and their backward passes. Backward passes take the forward <em>output</em> <c>y</c>
/// (as the textbook layers cache it), not the input. Outputs may alias their inputs exactly (in place).
/// </summary>
/// <remarks>NaN in gives NaN out. All methods are allocation-free and single-threaded.</remarks>
public static class Activations
{
    /// <summary><c>y = max(x, 0)</c>.</summary>
    /// <param name="x">The input.</param>
    /// <param name="y">The output; at least <c>x.Length</c> long. May be <paramref name="x"/> itself.</param>
    /// <exception cref="ArgumentException"><paramref name="y"/> is too short or partially overlaps <paramref name="x"/>.</exception>
    public static void Relu(ReadOnlySpan<float> x, Span<float> y) => Relu(x, y, SimdPaths.Best);

    /// <inheritdoc cref="Relu(ReadOnlySpan{float}, Span{float})"/>
    public static void Relu(ReadOnlySpan<double> x, Span<double> y) => Relu(x, y, SimdPaths.Best);

    /// <summary><c>dx = dy</c> where <c>y &gt; 0</c>, else 0 (the subgradient at 0 is taken as 0).</summary>
    /// <param name="y">The Relu output of the forward pass.</param>
    /// <param name="dy">The gradient with respect to <paramref name="y"/>; same length.</param>
    /// <param name="dx">The gradient with respect to the input; at least <c>y.Length</c> long. May be <paramref name="dy"/> or <paramref name="y"/>.</param>
    /// <exception cref="ArgumentException">Lengths do not match, <paramref name="dx"/> is too short, or it partially overlaps an input.</exception>
    public static void ReluBackward(ReadOnlySpan<float> y, ReadOnlySpan<float> dy, Span<float> dx) => ReluBackward(y, dy, dx, SimdPaths.Best);

    /// <inheritdoc cref="ReluBackward(ReadOnlySpan{float}, ReadOnlySpan{float}, Span{float})"/>
    public static void ReluBackward(ReadOnlySpan<double> y, ReadOnlySpan<double> dy, Span<double> dx) => ReluBackward(y, dy, dx, SimdPaths.Best);

    /// <summary><c>y = 1 / (1 + exp(−x))</c>; −∞ gives 0 and +∞ gives 1.</summary>
    /// <param name="x">The input.</param>
    /// <param name="y">The output; at least <c>x.Length</c> long. May be <paramref name="x"/> itself.</param>
    /// <exception cref="ArgumentException"><paramref name="y"/> is too short or partially overlaps <paramref name="x"/>.</exception>
    public static void Sigmoid(ReadOnlySpan<float> x, Span<float> y) => Sigmoid(x, y, SimdPaths.Best);

    /// <inheritdoc cref="Sigmoid(ReadOnlySpan{float}, Span{float})"/>
    public static void Sigmoid(ReadOnlySpan<double> x, Span<double> y) => Sigmoid(x, y, SimdPaths.Best);

    /// <summary><c>dx = dy · y · (1 − y)</c>.</summary>
    /// <param name="y">The Sigmoid output of the forward pass.</param>
    /// <param name="dy">The gradient with respect to <paramref name="y"/>; same length.</param>
    /// <param name="dx">The gradient with respect to the input; at least <c>y.Length</c> long. May be <paramref name="dy"/> or <paramref name="y"/>.</param>
    /// <exception cref="ArgumentException">Lengths do not match, <paramref name="dx"/> is too short, or it partially overlaps an input.</exception>
    public static void SigmoidBackward(ReadOnlySpan<float> y, ReadOnlySpan<float> dy, Span<float> dx) => SigmoidBackward(y, dy, dx, SimdPaths.Best);

    /// <inheritdoc cref="SigmoidBackward(ReadOnlySpan{float}, ReadOnlySpan{float}, Span{float})"/>
    public static void SigmoidBackward(ReadOnlySpan<double> y, ReadOnlySpan<double> dy, Span<double> dx) => SigmoidBackward(y, dy, dx, SimdPaths.Best);

    /// <summary><c>y = tanh(x)</c>; ±∞ gives ±1.</summary>
    /// <param name="x">The input.</param>
    /// <param name="y">The output; at least <c>x.Length</c> long. May be <paramref name="x"/> itself.</param>
    /// <exception cref="ArgumentException"><paramref name="y"/> is too short or partially overlaps <paramref name="x"/>.</exception>
    public static void Tanh(ReadOnlySpan<float> x, Span<float> y) => Tanh(x, y, SimdPaths.Best);

    /// <inheritdoc cref="Tanh(ReadOnlySpan{float}, Span{float})"/>
    public static void Tanh(ReadOnlySpan<double> x, Span<double> y) => Tanh(x, y, SimdPaths.Best);

    /// <summary><c>dx = dy · (1 − y²)</c>.</summary>
    /// <param name="y">The Tanh output of the forward pass.</param>
    /// <param name="dy">The gradient with respect to <paramref name="y"/>; same length.</param>
    /// <param name="dx">The gradient with respect to the input; at least <c>y.Length</c> long. May be <paramref name="dy"/> or <paramref name="y"/>.</param>
    /// <exception cref="ArgumentException">Lengths do not match, <paramref name="dx"/> is too short, or it partially overlaps an input.</exception>
    public static void TanhBackward(ReadOnlySpan<float> y, ReadOnlySpan<float> dy, Span<float> dx) => TanhBackward(y, dy, dx, SimdPaths.Best);

    /// <inheritdoc cref="TanhBackward(ReadOnlySpan{float}, ReadOnlySpan{float}, Span{float})"/>
    public static void TanhBackward(ReadOnlySpan<double> y, ReadOnlySpan<double> dy, Span<double> dx) => TanhBackward(y, dy, dx, SimdPaths.Best);

    internal static void Relu<T>(ReadOnlySpan<T> x, Span<T> y, SimdPath path)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        CheckUnary(x, y);
        ActivationKernels.Relu(x, y[..x.Length], path);
    }

    internal static void ReluBackward<T>(ReadOnlySpan<T> y, ReadOnlySpan<T> dy, Span<T> dx, SimdPath path)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        CheckBinary(y, dy, dx);
        ActivationKernels.ReluBackward(y, dy, dx[..y.Length], path);
    }

    internal static void Sigmoid<T>(ReadOnlySpan<T> x, Span<T> y, SimdPath path)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        CheckUnary(x, y);
        ActivationKernels.Sigmoid(x, y[..x.Length], path);
    }

    internal static void SigmoidBackward<T>(ReadOnlySpan<T> y, ReadOnlySpan<T> dy, Span<T> dx, SimdPath path)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        CheckBinary(y, dy, dx);
        ActivationKernels.SigmoidBackward(y, dy, dx[..y.Length], path);
    }

    internal static void Tanh<T>(ReadOnlySpan<T> x, Span<T> y, SimdPath path)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        CheckUnary(x, y);
        ActivationKernels.Tanh(x, y[..x.Length], path);
    }

    internal static void TanhBackward<T>(ReadOnlySpan<T> y, ReadOnlySpan<T> dy, Span<T> dx, SimdPath path)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        CheckBinary(y, dy, dx);
        ActivationKernels.TanhBackward(y, dy, dx[..y.Length], path);
    }

    private static void CheckUnary<T>(ReadOnlySpan<T> x, Span<T> y)
    {
        Guard.Destination(y.Length, x.Length, "y", "x.Length");
        Guard.NoPartialOverlap(x, y, "x", "y");
    }

    private static void CheckBinary<T>(ReadOnlySpan<T> y, ReadOnlySpan<T> dy, Span<T> dx)
    {
        Guard.SameLength(dy.Length, y.Length, "dy", "y.Length");
        Guard.Destination(dx.Length, y.Length, "dx", "y.Length");
        Guard.NoPartialOverlap(y, dx, "y", "dx");
        Guard.NoPartialOverlap(dy, dx, "dy", "dx");
    }
}
