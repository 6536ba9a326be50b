using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Rows wrapped in an array written out (numpy's keepdims result of a reduction over axis 0, a <c>1 x cols</c> array:
/// <c>return new[] { top };</c>, <c>[top]</c>): <c>peak[0]</c> of <c>peak = new[] { top }</c> is the row <c>top</c>
/// itself, so <c>peak[0][j]</c> reads what the fold stored in <c>top[j]</c>. Without this the wrapper was a buffer of
/// its own, never written element by element, and a shift by <c>peak[0][j]</c> was no maximum (LG0003 for LG0004).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The view of the row <paramref name="element"/> picks when its array is a local written once, as an array of
    /// written-out rows, and never written element by element, and the index is a constant; null otherwise.
    /// </summary>
    private BufferView? WrappedRowView(IArrayElementReferenceOperation element)
    {
        if (element.Type is not IArrayTypeSymbol || Unwrap(element.ArrayReference) is not ILocalReferenceOperation { Local: var wrapper }
            || element.Indices[0].ConstantValue is not { HasValue: true, Value: int at } || at < 0)
        {
            return null;
        }

        var writes = WritesOf(wrapper);
        if (writes.Count != 1 || writes[0].Value is not { } value || WrittenOutElements(value) is not { } rows || at >= rows.Count || rows[at].Type is not IArrayTypeSymbol
            || ElementWritesInto(wrapper).Any())
        {
            return null;
        }

        return EvalView(rows[at]);
    }
}
