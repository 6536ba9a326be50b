using System.Numerics;

namespace LayerGen;

/// <summary>
/// Row-wise softmax over a row-major batch: <c>rows = x.Length / cols</c>, each row normalised on its own.
/// </summary>
/// <remarks>
/// <para>Each row subtracts its own maximum before exponentiating, so logits of any magnitude are safe
/// (±1e4, or rows whose scales differ by 1e4, give exact results; no overflow to ∞/∞).</para>
/// <para>Special values: a NaN in a row makes that row NaN; no NaN is produced otherwise.
/// When a row holds +∞ entries they share the row's mass equally and every other entry is 0.
/// A row that is entirely −∞ gives zeros (and, in <see cref="Backward(ReadOnlySpan{float}, ReadOnlySpan{float}, Span{float}, int)"/>, a zero gradient).</para>
/// <para>All methods are allocation-free and single-threaded. <c>Forward</c> uses the widest accelerated vector width; <c>Backward</c>, which is memory-bound, at most Vector256 (measured faster than Vector512 on AVX-512 hardware).</para>
/// </remarks>
public static class Softmax
{
    /// <summary>Writes <c>y = softmax(x)</c> row by row.</summary>
    /// <param name="x">The logits, <c>rows × cols</c> row-major.</param>
    /// <param name="y">The probabilities; at least <c>x.Length</c> long. May be <paramref name="x"/> itself (in place).</param>
    /// <param name="cols">The row width (number of classes).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cols"/> is not positive.</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> is not a whole number of rows, <paramref name="y"/> is too short, or <paramref name="y"/> partially overlaps <paramref name="x"/>.</exception>
    public static void Forward(ReadOnlySpan<float> x, Span<float> y, int cols) => Forward(x, y, cols, SimdPaths.Best);

    /// <inheritdoc cref="Forward(ReadOnlySpan{float}, Span{float}, int)"/>
    public static void Forward(ReadOnlySpan<double> x, Span<double> y, int cols) => Forward(x, y, cols, SimdPaths.Best);

    /// <summary>
    /// Writes the vector-Jacobian product <c>dx = y ⊙ (dy − ⟨y, dy⟩)</c> row by row: O(cols) per row, no Jacobian is formed.
    /// </summary>
    /// <param name="y">The softmax output of the forward pass.</param>
    /// <param name="dy">The gradient of the loss with respect to <paramref name="y"/>; same length as <paramref name="y"/>.</param>
    /// <param name="dx">The gradient with respect to the logits; at least <c>y.Length</c> long. May be <paramref name="dy"/> or <paramref name="y"/> itself.</param>
    /// <param name="cols">The row width.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cols"/> is not positive.</exception>
    /// <exception cref="ArgumentException">Lengths do not match, <paramref name="dx"/> is too short, or it partially overlaps an input.</exception>
    public static void Backward(ReadOnlySpan<float> y, ReadOnlySpan<float> dy, Span<float> dx, int cols) => Backward(y, dy, dx, cols, SimdPaths.BestMemoryBound);

    /// <inheritdoc cref="Backward(ReadOnlySpan{float}, ReadOnlySpan{float}, Span{float}, int)"/>
    public static void Backward(ReadOnlySpan<double> y, ReadOnlySpan<double> dy, Span<double> dx, int cols) => Backward(y, dy, dx, cols, SimdPaths.BestMemoryBound);

    /// <summary>Forward pass on an explicit <see cref="SimdPath"/> (tests force each path).</summary>
    internal static void Forward<T>(ReadOnlySpan<T> x, Span<T> y, int cols, SimdPath path)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        Guard.Rows(x.Length, cols, "x.Length");
        Guard.Destination(y.Length, x.Length, "y", "x.Length");
        Guard.NoPartialOverlap(x, y, "x", "y");
        SoftmaxKernels.Forward(x, y[..x.Length], cols, path);
    }

    /// <summary>Backward pass on an explicit <see cref="SimdPath"/> (tests force each path).</summary>
    internal static void Backward<T>(ReadOnlySpan<T> y, ReadOnlySpan<T> dy, Span<T> dx, int cols, SimdPath path)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        Guard.Rows(y.Length, cols, "y.Length");
        Guard.SameLength(dy.Length, y.Length, "dy", "y.Length");
        Guard.Destination(dx.Length, y.Length, "dx", "y.Length");
        Guard.NoPartialOverlap(y, dx, "y", "dx");
        Guard.NoPartialOverlap(dy, dx, "dy", "dx");
        SoftmaxKernels.Backward(y, dy, dx[..y.Length], cols, path);
    }
}
