using System.Numerics;

namespace LayerGen;

/// <summary>
/// Row-wise log-softmax over a row-major batch: <c>y = (x − max) − log Σ exp(x − max)</c> per row.
/// </summary>
/// <remarks>
/// <para>Stable for logits of any magnitude (per-row max subtraction, log-sum-exp).</para>
/// <para>Special values: a NaN in a row makes that row NaN; no NaN is produced otherwise.
/// When a row holds k entries equal to +∞, those entries get −log k and the others −∞ (the log of <see cref="Softmax"/>'s shared mass).
/// A row that is entirely −∞ gives −∞ everywhere (log of the zero row <see cref="Softmax"/> produces).</para>
/// <para>All methods are allocation-free and single-threaded.</para>
/// </remarks>
public static class LogSoftmax
{
    /// <summary>Writes <c>y = log softmax(x)</c> row by row.</summary>
    /// <param name="x">The logits, <c>rows × cols</c> row-major.</param>
    /// <param name="y">The log-probabilities; at least <c>x.Length</c> long. May be <paramref name="x"/> itself.</param>
    /// <param name="cols">The row width.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cols"/> is not positive.</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> is not a whole number of rows, <paramref name="y"/> is too short, or it partially overlaps <paramref name="x"/>.</exception>
    public static void Forward(ReadOnlySpan<float> x, Span<float> y, int cols) => Forward(x, y, cols, SimdPaths.Best);

    /// <inheritdoc cref="Forward(ReadOnlySpan{float}, Span{float}, int)"/>
    public static void Forward(ReadOnlySpan<double> x, Span<double> y, int cols) => Forward(x, y, cols, SimdPaths.Best);

    /// <summary>
    /// Writes the vector-Jacobian product <c>dx = dy − exp(y) Σ dy</c> row by row, from the forward output <paramref name="y"/> (log-probabilities).
    /// </summary>
    /// <remarks>For a row that was entirely −∞ (so <c>exp(y) = 0</c>), <c>dx = dy</c>.</remarks>
    /// <param name="y">The log-probabilities the forward pass wrote.</param>
    /// <param name="dy">The gradient with respect to <paramref name="y"/>; same length.</param>
    /// <param name="dx">The gradient with respect to the logits; at least <c>y.Length</c> long. May be <paramref name="dy"/> or <paramref name="y"/>.</param>
    /// <param name="cols">The row width.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cols"/> is not positive.</exception>
    /// <exception cref="ArgumentException">Lengths do not match, <paramref name="dx"/> is too short, or it partially overlaps an input.</exception>
    public static void Backward(ReadOnlySpan<float> y, ReadOnlySpan<float> dy, Span<float> dx, int cols) => Backward(y, dy, dx, cols, SimdPaths.Best);

    /// <inheritdoc cref="Backward(ReadOnlySpan{float}, ReadOnlySpan{float}, Span{float}, int)"/>
    public static void Backward(ReadOnlySpan<double> y, ReadOnlySpan<double> dy, Span<double> dx, int cols) => Backward(y, dy, dx, cols, SimdPaths.Best);

    /// <summary>Forward pass on an explicit <see cref="SimdPath"/>.</summary>
    internal static void Forward<T>(ReadOnlySpan<T> x, Span<T> y, int cols, SimdPath path)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        Guard.Rows(x.Length, cols, "x.Length");
        Guard.Destination(y.Length, x.Length, "y", "x.Length");
        Guard.NoPartialOverlap(x, y, "x", "y");
        SoftmaxKernels.LogForward(x, y[..x.Length], cols, path);
    }

    /// <summary>Backward pass on an explicit <see cref="SimdPath"/>.</summary>
    internal static void Backward<T>(ReadOnlySpan<T> y, ReadOnlySpan<T> dy, Span<T> dx, int cols, SimdPath path)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        Guard.Rows(y.Length, cols, "y.Length");
        Guard.SameLength(dy.Length, y.Length, "dy", "y.Length");
        Guard.Destination(dx.Length, y.Length, "dx", "y.Length");
        Guard.NoPartialOverlap(y, dx, "y", "dx");
        Guard.NoPartialOverlap(dy, dx, "dy", "dx");
        SoftmaxKernels.LogBackward(y, dy, dx[..y.Length], cols, path);
    }
}
