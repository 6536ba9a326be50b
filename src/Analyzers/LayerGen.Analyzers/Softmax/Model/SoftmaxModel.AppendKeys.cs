using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A value appended to a list once per iteration of a loop (<c>peaks.Add(row.Max())</c> in <c>foreach (var row in
/// rows)</c>, <c>peaks.Add(m)</c> or <c>peaks.Insert(r, m)</c> at the end of the row loop) lands in its own element, one
/// per iteration, exactly as the array store <c>peaks[r] = m</c> does: the loop keys the element. So a per-row fold kept
/// in a list and read back after that loop (<c>peaks[r]</c> in the next pass over the rows) is that row's fold, not a
/// stale one of the last row. A list allocated afresh inside the loop (<c>var p = new List&lt;float&gt;()</c> in the row
/// loop) is not keyed by that loop: each iteration starts a new list.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The loops that key the element a single-value list append <paramref name="write"/> stores (the loops around it
    /// that the list outlives); empty for any other write.
    /// </summary>
    private IEnumerable<IOperation> AppendKeyLoops(IOperation write)
    {
        if (write is not IInvocationOperation append || !IsListAppend(append) || AddsEveryElement(append) || append.Instance is not { } instance
            || RootOf(instance) is not { } list)
        {
            return Enumerable.Empty<IOperation>();
        }

        // A list declared (or allocated afresh) inside a loop is a new list per iteration of that loop.
        var declarations = list is ILocalSymbol ? list.DeclaringSyntaxReferences.Select(reference => reference.Span).ToList() : new List<Microsoft.CodeAnalysis.Text.TextSpan>();
        var allocating = new HashSet<IOperation>(AllocatingLoops(list));
        return EnclosingLoops(append).Where(loop => !allocating.Contains(loop) && !declarations.Any(span => loop.Syntax.Span.Contains(span)));
    }
}
