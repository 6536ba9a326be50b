using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A struct marked <c>[InlineArray(N)]</c> whose one element field is a number (<c>Scratch16 e = default</c>) is a flat
/// buffer of N numbers, like a <c>double[]</c> or a <c>Span&lt;double&gt;</c>: <c>e[c] = Math.Exp(x[c])</c> stores an exp
/// into it and <c>e[c] / z</c> reads it back (<see cref="WellKnownSymbols.IsNumericInlineArray"/> makes its variables
/// buffers). Only an element access with an integer index is an element; a range (<c>e[..n]</c>) is a span of it.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>The buffer and the index of an inline array's element access <c>e[i]</c>; null for any other operation.</summary>
    private static (IOperation Buffer, IOperation Index)? InlineArrayElement(IOperation? operation) =>
        operation is IInlineArrayAccessOperation { Instance: { } buffer, Argument: { } index } && IsIndexType(index.Type)
            && WellKnownSymbols.IsNumericInlineArray(buffer.Type)
            ? (buffer, index)
            : null;
}
