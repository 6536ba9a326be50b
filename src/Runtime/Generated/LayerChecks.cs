using System.ComponentModel;
using System.Numerics;

namespace LayerGen.Generated;

/// <summary>
/// Argument checks of the code LayerGen generates for layer classes: the same <c>Guard</c> checks and messages as the
/// runtime kernels (a partially overlapping destination, for one, is rejected exactly like <see cref="Softmax.Forward(ReadOnlySpan{float}, Span{float}, int)"/>).
/// Every check runs before anything is written. Called by generated code; not meant for user code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class LayerChecks
{
    /// <summary>Checks the arguments of a generated softmax <c>Forward(x, y)</c> and returns the number of rows.</summary>
    /// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
    /// <param name="x">The logits.</param>
    /// <param name="y">The destination; at least as long as <paramref name="x"/>, the same memory or none of it.</param>
    /// <param name="size">The row size (the generated <c>Size</c>).</param>
    /// <returns><c>x.Length / size</c>.</returns>
    /// <exception cref="ArgumentException">A check failed; the message names the parameter and the sizes.</exception>
    public static int SoftmaxForward<T>(ReadOnlySpan<T> x, Span<T> y, int size)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int rows = Guard.Rows(x.Length, size, "x.Length", "Size");
        Guard.Destination(y.Length, x.Length, "y", "x.Length");
        Guard.NoPartialOverlap(x, y, "x", "y");
        return rows;
    }

    /// <summary>Checks the arguments of a generated softmax <c>Backward(y, dy, dx)</c> and returns the number of rows.</summary>
    /// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
    /// <param name="y">The forward output.</param>
    /// <param name="dy">The upstream gradient; as long as <paramref name="y"/>.</param>
    /// <param name="dx">The destination; at least as long as <paramref name="y"/>, the same memory as an input or none of it.</param>
    /// <param name="size">The row size (the generated <c>Size</c>).</param>
    /// <returns><c>y.Length / size</c>.</returns>
    /// <exception cref="ArgumentException">A check failed; the message names the parameter and the sizes.</exception>
    public static int SoftmaxBackward<T>(ReadOnlySpan<T> y, ReadOnlySpan<T> dy, Span<T> dx, int size)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int rows = Guard.Rows(y.Length, size, "y.Length", "Size");
        Guard.SameLength(dy.Length, y.Length, "dy", "y.Length");
        Guard.Destination(dx.Length, y.Length, "dx", "y.Length");
        Guard.NoPartialOverlap(y, dx, "y", "dx");
        Guard.NoPartialOverlap(dy, dx, "dy", "dx");
        return rows;
    }

    /// <summary>Checks the arguments of a generated <c>SoftmaxWithLoss.Forward(logits, labels, dLogits)</c> and returns the number of rows.</summary>
    /// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
    /// <param name="logits">The logits; at least one row.</param>
    /// <param name="labels">One label in [0, <paramref name="classes"/>) per row.</param>
    /// <param name="dLogits">Empty, or a destination at least as long as <paramref name="logits"/>, the same memory or none of it.</param>
    /// <param name="classes">The row size (the generated <c>Classes</c>).</param>
    /// <returns><c>logits.Length / classes</c>.</returns>
    /// <exception cref="ArgumentException">A check failed; the message names the parameter and the sizes.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A label is outside [0, <paramref name="classes"/>).</exception>
    public static int SoftmaxWithLoss<T>(ReadOnlySpan<T> logits, ReadOnlySpan<int> labels, Span<T> dLogits, int classes)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int rows = Guard.Rows(logits.Length, classes, "logits.Length", "Classes");
        if (rows == 0)
        {
            throw new ArgumentException("'logits' is empty: the mean loss over no rows is undefined.", nameof(logits));
        }

        if (!dLogits.IsEmpty)
        {
            Guard.Destination(dLogits.Length, logits.Length, "dLogits", "logits.Length");
            Guard.NoPartialOverlap(logits, dLogits, "logits", "dLogits");
        }

        Labels(labels, rows, classes);
        return rows;
    }

    /// <summary>Checks a network input and returns its number of rows.</summary>
    /// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
    /// <param name="input">A row-major batch.</param>
    /// <param name="inputs">Features per row (the generated <c>Inputs</c>).</param>
    /// <param name="name">The parameter name to report.</param>
    /// <returns><c>input.Length / inputs</c> (0 for an empty input).</returns>
    /// <exception cref="ArgumentException"><paramref name="input"/> is not a whole number of rows.</exception>
    public static int Batch<T>(ReadOnlySpan<T> input, int inputs, string name)
    {
        if (inputs <= 0 || input.Length % inputs != 0)
        {
            // The parameter's name is only built to throw: steady-state calls allocate nothing.
            Guard.Rows(input.Length, inputs, name + ".Length", "Inputs");
        }

        return input.Length / inputs;
    }

    /// <summary>Like <see cref="Batch{T}"/>, and the batch must hold at least one row.</summary>
    /// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
    /// <param name="input">A row-major batch.</param>
    /// <param name="inputs">Features per row (the generated <c>Inputs</c>).</param>
    /// <param name="name">The parameter name to report.</param>
    /// <returns><c>input.Length / inputs</c>, at least 1.</returns>
    /// <exception cref="ArgumentException"><paramref name="input"/> is empty or not a whole number of rows.</exception>
    public static int NonEmptyBatch<T>(ReadOnlySpan<T> input, int inputs, string name)
    {
        int rows = Batch(input, inputs, name);
        return rows > 0 ? rows : throw new ArgumentException($"'{name}' is empty: a batch needs at least one row.", name);
    }

    /// <summary>Checks one label per row, each in [0, <paramref name="classes"/>).</summary>
    /// <param name="labels">The labels.</param>
    /// <param name="rows">The number of rows.</param>
    /// <param name="classes">The number of classes.</param>
    /// <exception cref="ArgumentException">The number of labels differs from <paramref name="rows"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A label is outside [0, <paramref name="classes"/>).</exception>
    public static void Labels(ReadOnlySpan<int> labels, int rows, int classes)
    {
        if (labels.Length != rows)
        {
            throw new ArgumentException($"labels.Length ({labels.Length}) does not match the number of rows ({rows}).", nameof(labels));
        }

        for (int row = 0; row < labels.Length; row++)
        {
            if ((uint)labels[row] >= (uint)classes)
            {
                throw new ArgumentOutOfRangeException(nameof(labels), labels[row], $"labels[{row}] ({labels[row]}) is outside [0, {classes}).");
            }
        }
    }

    /// <summary>Checks that <paramref name="length"/> entries hold one row of <paramref name="cols"/> for each of <paramref name="rows"/> rows.</summary>
    /// <param name="length">The length of the span named <paramref name="name"/>.</param>
    /// <param name="rows">The number of rows.</param>
    /// <param name="cols">Entries per row.</param>
    /// <param name="name">The parameter name to report.</param>
    /// <exception cref="ArgumentException"><paramref name="length"/> is not <paramref name="rows"/> × <paramref name="cols"/>.</exception>
    public static void RowsOf(int length, int rows, int cols, string name) =>
        Guard.ProductLength(length, rows, cols, name, "rows", "cols", atLeast: false);

    /// <summary>Checks that a destination of <paramref name="length"/> entries holds one entry per row.</summary>
    /// <param name="length">The destination length.</param>
    /// <param name="rows">The number of rows.</param>
    /// <param name="name">The parameter name to report.</param>
    /// <exception cref="ArgumentException"><paramref name="length"/> is less than <paramref name="rows"/>.</exception>
    public static void OnePerRow(int length, int rows, string name) =>
        Guard.Destination(length, rows, name, "the number of rows");

    /// <summary>Throws unless a <c>Loss</c> call left the activations that <c>Backward</c> needs (<paramref name="lossBatch"/> rows).</summary>
    /// <param name="lossBatch">Rows cached by the last <c>Loss</c> call, 0 when none.</param>
    /// <exception cref="InvalidOperationException"><paramref name="lossBatch"/> is 0.</exception>
    public static void LossBeforeBackward(int lossBatch)
    {
        if (lossBatch == 0)
        {
            throw new InvalidOperationException(
                "Backward needs the activations of a preceding Loss call; Forward, Predict and Accuracy replace them.");
        }
    }

    /// <summary>Returns <paramref name="value"/> when it is at least 1 (a thread count).</summary>
    /// <param name="value">The requested maximum degree of parallelism.</param>
    /// <returns><paramref name="value"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is less than 1.</exception>
    public static int DegreeOfParallelism(int value) =>
        value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "MaxDegreeOfParallelism must be at least 1.");
}
