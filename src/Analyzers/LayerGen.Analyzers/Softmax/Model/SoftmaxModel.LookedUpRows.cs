using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Rows fetched from a dictionary of rows by key (the get-or-add idiom, HeldOut20's <c>ToolRouter_NormaliserOverQueries</c>):
/// <c>p</c> of <c>if (!rows.TryGetValue(key, out var p)) { p = new double[n]; rows[key] = p; }</c> is the row
/// <c>rows[key]</c>, picked by whatever loop picks the key (a walk over another dictionary's entries, an index). Without
/// this the local was a buffer of its own, read whole, so a sum over <c>p[q]</c> lost the loop that picks the key.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The row <c>rows[key]</c> a local stands for when one of its writes is the <c>out</c> argument of
    /// <c>rows.TryGetValue(key, out local)</c> on a dictionary of rows and every other write is a fresh allocation; null
    /// for any other local.
    /// </summary>
    private BufferView? LookedUpRowView(ILocalSymbol local)
    {
        if (!WellKnownSymbols.IsBuffer(local.Type))
        {
            return null;
        }

        IInvocationOperation? lookup = null;
        foreach (var write in WritesOf(local))
        {
            if (write.Operation is IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: "TryGetValue", Instance: { } dictionary, Arguments.Length: 2 } call } argument
                && ReferenceEquals(argument, call.Arguments[1]) && WellKnownSymbols.IsRowDictionary(dictionary.Type) && lookup is null)
            {
                lookup = call;
            }
            else if (Unwrap(write.Value) is not (IArrayCreationOperation or IObjectCreationOperation))
            {
                return null;
            }
        }

        return lookup?.Instance is { } owner && EvalView(owner) is { Layout: BufferLayout.Jagged } rows
            ? WithIndexDims(rows.WithRow(null, ImmutableHashSet<DimensionAtom>.Empty), rows, lookup.Arguments[0].Value)
            : null;
    }
}
