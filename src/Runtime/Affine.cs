using System.Numerics;

namespace LayerGen;

/// <summary>
/// A fully connected layer over a row-major batch: <c>y = x·W + b</c> with <c>x</c> of <c>rows × inputs</c>,
/// <c>W</c> of <c>inputs × outputs</c> (row-major) and <c>b</c> of <c>outputs</c>.
/// </summary>
/// <remarks>
/// The products run on a cache-blocked, register-tiled matrix multiply with fused multiply-add on the widest accelerated vector.
/// Outputs must not overlap any input. All methods are allocation-free and single-threaded.
/// </remarks>
public static class Affine
{
    /// <summary>Writes <c>y = x·W + b</c>.</summary>
    /// <param name="x">The input batch, <c>rows × inputs</c>.</param>
    /// <param name="weights">The weights, <c>inputs × outputs</c> row-major.</param>
    /// <param name="bias">The bias, <c>outputs</c> long; empty = no bias.</param>
    /// <param name="y">The output, at least <c>rows × outputs</c> long.</param>
    /// <param name="inputs">Features per input row.</param>
    /// <param name="outputs">Features per output row.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="inputs"/> or <paramref name="outputs"/> is not positive.</exception>
    /// <exception cref="ArgumentException">A length does not match the sizes, <paramref name="y"/> is too short, or it overlaps an input.</exception>
    public static void Forward(ReadOnlySpan<float> x, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> y, int inputs, int outputs) =>
        Forward(x, weights, bias, y, inputs, outputs, SimdPaths.Best);

    /// <inheritdoc cref="Forward(ReadOnlySpan{float}, ReadOnlySpan{float}, ReadOnlySpan{float}, Span{float}, int, int)"/>
    public static void Forward(ReadOnlySpan<double> x, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> y, int inputs, int outputs) =>
        Forward(x, weights, bias, y, inputs, outputs, SimdPaths.Best);

    /// <summary>
    /// Writes <c>y = max(x·W + b, 0)</c>: the affine layer and the Relu after it in one pass (the Relu is applied as each
    /// output leaves the registers, so the pre-activation is never stored). NaN stays NaN.
    /// </summary>
    /// <param name="x">The input batch, <c>rows × inputs</c>.</param>
    /// <param name="weights">The weights, <c>inputs × outputs</c> row-major.</param>
    /// <param name="bias">The bias, <c>outputs</c> long; empty = no bias.</param>
    /// <param name="y">The Relu output, at least <c>rows × outputs</c> long.</param>
    /// <param name="inputs">Features per input row.</param>
    /// <param name="outputs">Features per output row.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="inputs"/> or <paramref name="outputs"/> is not positive.</exception>
    /// <exception cref="ArgumentException">A length does not match the sizes, <paramref name="y"/> is too short, or it overlaps an input.</exception>
    public static void ForwardRelu(ReadOnlySpan<float> x, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> y, int inputs, int outputs) =>
        Forward(x, weights, bias, y, inputs, outputs, GemmEpilogue.Relu, SimdPaths.Best);

    /// <inheritdoc cref="ForwardRelu(ReadOnlySpan{float}, ReadOnlySpan{float}, ReadOnlySpan{float}, Span{float}, int, int)"/>
    public static void ForwardRelu(ReadOnlySpan<double> x, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> y, int inputs, int outputs) =>
        Forward(x, weights, bias, y, inputs, outputs, GemmEpilogue.Relu, SimdPaths.Best);

    /// <summary>
    /// Writes the gradients of <c>y = x·W + b</c>: <c>dWeights = xᵀ·dy</c> and <c>dBias = Σ_rows dy</c> (both overwritten, not accumulated),
    /// and <c>dx = dy·Wᵀ</c> unless <paramref name="dx"/> is empty (the first layer needs no input gradient).
    /// </summary>
    /// <param name="x">The forward input, <c>rows × inputs</c>.</param>
    /// <param name="weights">The weights, <c>inputs × outputs</c>.</param>
    /// <param name="dy">The gradient with respect to <c>y</c>, <c>rows × outputs</c>.</param>
    /// <param name="dx">Receives the gradient with respect to <paramref name="x"/>; empty = skipped.</param>
    /// <param name="dWeights">Receives the weight gradient, at least <c>inputs × outputs</c> long.</param>
    /// <param name="dBias">Receives the bias gradient, at least <c>outputs</c> long; empty = skipped.</param>
    /// <param name="inputs">Features per input row.</param>
    /// <param name="outputs">Features per output row.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="inputs"/> or <paramref name="outputs"/> is not positive.</exception>
    /// <exception cref="ArgumentException">A length does not match the sizes, a destination is too short, or it overlaps an input.</exception>
    public static void Backward(
        ReadOnlySpan<float> x, ReadOnlySpan<float> weights, ReadOnlySpan<float> dy, Span<float> dx, Span<float> dWeights, Span<float> dBias, int inputs, int outputs) =>
        Backward(x, weights, dy, dx, dWeights, dBias, inputs, outputs, SimdPaths.Best);

    /// <inheritdoc cref="Backward(ReadOnlySpan{float}, ReadOnlySpan{float}, ReadOnlySpan{float}, Span{float}, Span{float}, Span{float}, int, int)"/>
    public static void Backward(
        ReadOnlySpan<double> x, ReadOnlySpan<double> weights, ReadOnlySpan<double> dy, Span<double> dx, Span<double> dWeights, Span<double> dBias, int inputs, int outputs) =>
        Backward(x, weights, dy, dx, dWeights, dBias, inputs, outputs, SimdPaths.Best);

    /// <summary>
    /// <see cref="Backward(ReadOnlySpan{float}, ReadOnlySpan{float}, ReadOnlySpan{float}, Span{float}, Span{float}, Span{float}, int, int)"/>
    /// for a layer whose input <paramref name="x"/> is the output of a Relu, with that Relu's backward fused into the input
    /// gradient: <c>dx = (dy·Wᵀ) ⊙ [x &gt; 0]</c>, the gradient with respect to the Relu's input. One pass instead of
    /// <c>Backward</c> followed by <see cref="Activations.ReluBackward(ReadOnlySpan{float}, ReadOnlySpan{float}, Span{float})"/>.
    /// </summary>
    /// <param name="x">The forward input of this layer: the Relu output of the layer below, <c>rows × inputs</c>.</param>
    /// <param name="weights">The weights, <c>inputs × outputs</c>.</param>
    /// <param name="dy">The gradient with respect to <c>y</c>, <c>rows × outputs</c>.</param>
    /// <param name="dx">Receives the gradient with respect to the Relu's input, at least <c>rows × inputs</c> long.</param>
    /// <param name="dWeights">Receives the weight gradient, at least <c>inputs × outputs</c> long.</param>
    /// <param name="dBias">Receives the bias gradient, at least <c>outputs</c> long; empty = skipped.</param>
    /// <param name="inputs">Features per input row.</param>
    /// <param name="outputs">Features per output row.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="inputs"/> or <paramref name="outputs"/> is not positive.</exception>
    /// <exception cref="ArgumentException">A length does not match the sizes, a destination is too short or empty, or it overlaps an input.</exception>
    public static void BackwardThroughRelu(
        ReadOnlySpan<float> x, ReadOnlySpan<float> weights, ReadOnlySpan<float> dy, Span<float> dx, Span<float> dWeights, Span<float> dBias, int inputs, int outputs) =>
        BackwardThroughRelu(x, weights, dy, dx, dWeights, dBias, inputs, outputs, SimdPaths.Best);

    /// <inheritdoc cref="BackwardThroughRelu(ReadOnlySpan{float}, ReadOnlySpan{float}, ReadOnlySpan{float}, Span{float}, Span{float}, Span{float}, int, int)"/>
    public static void BackwardThroughRelu(
        ReadOnlySpan<double> x, ReadOnlySpan<double> weights, ReadOnlySpan<double> dy, Span<double> dx, Span<double> dWeights, Span<double> dBias, int inputs, int outputs) =>
        BackwardThroughRelu(x, weights, dy, dx, dWeights, dBias, inputs, outputs, SimdPaths.Best);

    internal static void Forward<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> weights, ReadOnlySpan<T> bias, Span<T> y, int inputs, int outputs, SimdPath path)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        Forward(x, weights, bias, y, inputs, outputs, GemmEpilogue.None, path);

    internal static void BackwardThroughRelu<T>(
        ReadOnlySpan<T> x, ReadOnlySpan<T> weights, ReadOnlySpan<T> dy, Span<T> dx, Span<T> dWeights, Span<T> dBias, int inputs, int outputs, SimdPath path)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (dx.IsEmpty)
        {
            throw new ArgumentException($"'dx' is empty; BackwardThroughRelu writes the input gradient (use Backward to skip it).", nameof(dx));
        }

        Backward(x, weights, dy, dx, dWeights, dBias, inputs, outputs, GemmEpilogue.PositiveMask, path);
    }

    internal static void Forward<T>(
        ReadOnlySpan<T> x, ReadOnlySpan<T> weights, ReadOnlySpan<T> bias, Span<T> y, int inputs, int outputs, GemmEpilogue epilogue, SimdPath path)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int rows = CheckLayer(x, weights, inputs, outputs);
        if (!bias.IsEmpty)
        {
            Guard.SameLength(bias.Length, outputs, "bias", "outputs");
        }

        Guard.ProductLength(y.Length, rows, outputs, "y", "rows", "outputs", atLeast: true);
        y = y[..(rows * outputs)];
        Guard.NoOverlap(x, y, "x", "y");
        Guard.NoOverlap(weights, y, "weights", "y");
        Guard.NoOverlap(bias, y, "bias", "y");

        Gemm.Multiply(x, weights, bias, y, rows, inputs, outputs, epilogue, default, path);
    }

    internal static void Backward<T>(
        ReadOnlySpan<T> x, ReadOnlySpan<T> weights, ReadOnlySpan<T> dy, Span<T> dx, Span<T> dWeights, Span<T> dBias, int inputs, int outputs, SimdPath path)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        Backward(x, weights, dy, dx, dWeights, dBias, inputs, outputs, GemmEpilogue.None, path);

    /// <summary>The backward pass; <paramref name="dxEpilogue"/> is None or PositiveMask (mask = x).</summary>
    private static void Backward<T>(
        ReadOnlySpan<T> x, ReadOnlySpan<T> weights, ReadOnlySpan<T> dy, Span<T> dx, Span<T> dWeights, Span<T> dBias, int inputs, int outputs,
        GemmEpilogue dxEpilogue, SimdPath path)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int rows = CheckLayer(x, weights, inputs, outputs);
        Guard.ProductLength(dy.Length, rows, outputs, "dy", "rows", "outputs", atLeast: false);
        Guard.ProductLength(dWeights.Length, inputs, outputs, "dWeights", "inputs", "outputs", atLeast: true);
        dWeights = dWeights[..(inputs * outputs)];
        if (!dx.IsEmpty)
        {
            Guard.Destination(dx.Length, x.Length, "dx", "x.Length");
            dx = dx[..x.Length];
        }

        if (!dBias.IsEmpty)
        {
            Guard.Destination(dBias.Length, outputs, "dBias", "outputs");
            dBias = dBias[..outputs];
        }

        CheckOutputOverlaps(x, weights, dy, dx, "dx");
        CheckOutputOverlaps(x, weights, dy, dWeights, "dWeights");
        CheckOutputOverlaps(x, weights, dy, dBias, "dBias");
        Guard.NoOverlap(dx, dWeights, "dx", "dWeights");
        Guard.NoOverlap(dx, dBias, "dx", "dBias");
        Guard.NoOverlap(dWeights, dBias, "dWeights", "dBias");

        Gemm.MultiplyTransposedLeft(x, dy, dWeights, rows, inputs, outputs, path);
        if (!dBias.IsEmpty)
        {
            dBias.Clear();
            for (int r = 0; r < rows; r++)
            {
                VectorOps.Add(dBias, dy.Slice(r * outputs, outputs));
            }
        }

        if (!dx.IsEmpty)
        {
            Gemm.MultiplyTransposedRight(dy, weights, dx, rows, outputs, inputs, dxEpilogue, x, path);
        }
    }

    private static int CheckLayer<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> weights, int inputs, int outputs)
    {
        Guard.Positive(inputs, nameof(inputs));
        Guard.Positive(outputs, nameof(outputs));
        int rows = Guard.Rows(x.Length, inputs, "x.Length", nameof(inputs));
        Guard.ProductLength(weights.Length, inputs, outputs, "weights", "inputs", "outputs", atLeast: false);
        return rows;
    }

    private static void CheckOutputOverlaps<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> weights, ReadOnlySpan<T> dy, ReadOnlySpan<T> output, string name)
    {
        Guard.NoOverlap(x, output, "x", name);
        Guard.NoOverlap(weights, output, "weights", name);
        Guard.NoOverlap(dy, output, "dy", name);
    }
}
