using System.ComponentModel;
using System.Numerics;

namespace LayerGen.Generated;

/// <summary>
/// Argument checks of the code generated for custom layers (<see cref="DifferentiableLayerAttribute"/>): every check runs
/// before anything is written, and each message names the parameter and the sizes. Called by generated code; not meant for
/// user code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class CustomLayerChecks
{
    /// <summary>Checks the arguments of a custom layer's <c>Forward</c> and returns the number of rows.</summary>
    /// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
    /// <param name="x">Input rows of <paramref name="inputs"/> entries.</param>
    /// <param name="y">Receives rows of <paramref name="outputs"/> entries; shares no memory with <paramref name="x"/>.</param>
    /// <param name="parameters">The layer's learnable parameters.</param>
    /// <param name="inputs">The generated <c>Inputs</c>.</param>
    /// <param name="outputs">The generated <c>Outputs</c>.</param>
    /// <param name="parameterCount">The generated <c>ParameterCount</c>.</param>
    /// <returns><c>x.Length / inputs</c>.</returns>
    /// <exception cref="ArgumentException">A check failed.</exception>
    public static int Forward<T>(ReadOnlySpan<T> x, Span<T> y, ReadOnlySpan<T> parameters, int inputs, int outputs, int parameterCount)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int rows = Guard.Rows(x.Length, inputs, "x.Length", "Inputs");
        Guard.ProductLength(y.Length, rows, outputs, "y", "rows", "Outputs", atLeast: true);
        Guard.SameLength(parameters.Length, parameterCount, "parameters", "ParameterCount");
        Guard.NoOverlap(x, y, "x", "y");
        return rows;
    }

    /// <summary>Checks the arguments of a custom layer's <c>Backward</c> and returns the number of rows.</summary>
    /// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
    /// <param name="x">The input rows the forward pass read.</param>
    /// <param name="dy">Gradient of the loss with respect to the outputs: rows of <paramref name="outputs"/> entries.</param>
    /// <param name="dx">Receives the input gradient (at least as long as <paramref name="x"/>), or empty when <paramref name="dxOptional"/>.</param>
    /// <param name="parameters">The layer's learnable parameters.</param>
    /// <param name="parameterGradients">Receives their gradients; as long as <paramref name="parameters"/>.</param>
    /// <param name="scratch">Work space of at least <paramref name="scratchLength"/> entries.</param>
    /// <param name="inputs">The generated <c>Inputs</c>.</param>
    /// <param name="outputs">The generated <c>Outputs</c>.</param>
    /// <param name="parameterCount">The generated <c>ParameterCount</c>.</param>
    /// <param name="scratchLength">The generated <c>BatchScratchLength</c>.</param>
    /// <param name="dxOptional">True when an empty <paramref name="dx"/> means "no input gradient needed" (the first layer of a network).</param>
    /// <returns><c>x.Length / inputs</c>.</returns>
    /// <exception cref="ArgumentException">A check failed.</exception>
    public static int Backward<T>(
        ReadOnlySpan<T> x, ReadOnlySpan<T> dy, Span<T> dx, ReadOnlySpan<T> parameters, Span<T> parameterGradients, Span<T> scratch,
        int inputs, int outputs, int parameterCount, int scratchLength, bool dxOptional)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int rows = Guard.Rows(x.Length, inputs, "x.Length", "Inputs");
        Guard.ProductLength(dy.Length, rows, outputs, "dy", "rows", "Outputs", atLeast: false);
        if (!(dxOptional && dx.IsEmpty))
        {
            Guard.Destination(dx.Length, x.Length, "dx", "x.Length");
            Guard.NoOverlap(x, dx, "x", "dx");
            Guard.NoOverlap(dy, dx, "dy", "dx");
        }

        Guard.SameLength(parameters.Length, parameterCount, "parameters", "ParameterCount");
        Guard.SameLength(parameterGradients.Length, parameterCount, "parameterGradients", "ParameterCount");
        Guard.Destination(scratch.Length, scratchLength, "scratch", "BatchScratchLength");
        return rows;
    }

    /// <summary>Checks that <paramref name="tape"/> holds one record of <paramref name="recordLength"/> entries per row.</summary>
    /// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
    /// <param name="tape">The records of the rows, one after another.</param>
    /// <param name="rows">Rows of the batch.</param>
    /// <param name="recordLength">The generated <c>RecordLength</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="tape"/> is shorter than rows × RecordLength.</exception>
    public static void Tape<T>(ReadOnlySpan<T> tape, int rows, int recordLength)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        Guard.ProductLength(tape.Length, rows, recordLength, "tape", "rows", "RecordLength", atLeast: true);
}
