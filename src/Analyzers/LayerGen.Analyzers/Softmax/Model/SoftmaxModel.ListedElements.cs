using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A list of numbers filled one value at a time (<c>sums.Add(sum)</c>, <c>sums.Insert(k, sum)</c>) holds those values
/// as its elements, exactly as <c>sums[k] = sum</c> would for an array: a fold appended once per slice (a slice's sum
/// of exps, its max) is what a later element read (<c>sums[i / n]</c>, <c>sums[r]</c>, <c>sums[0]</c>) sees, so a
/// normaliser kept in a list is followed like one kept in an array. Where the value lands is not tracked: an append
/// writes the list's next index, and a read of any index reads one of the appended values (each append site is a
/// candidate, as every element write of an array is).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The single-value appends into the list <paramref name="root"/>, as element writes without a target element
    /// (the call, the appended value); empty for any other root, and for rows or ranges added to a list.
    /// </summary>
    private List<(IOperation Write, IOperation? Value, IOperation? Target)> AppendedElementWrites(ISymbol root)
    {
        var appends = new List<(IOperation Write, IOperation? Value, IOperation? Target)>();
        foreach (var add in _listAdds)
        {
            if (!AddsEveryElement(add) && add.Instance?.Type is INamedTypeSymbol { TypeArguments: [var element] } && WellKnownSymbols.IsNumeric(element)
                && SymbolEqualityComparer.Default.Equals(RootOf(add.Instance), root))
            {
                appends.Add((add, AddedOperand(add), null));
            }
        }

        return appends;
    }

    /// <summary>
    /// The list a one-element read other than its indexer reads: <c>list.Last()</c>, <c>list.First()</c>,
    /// <c>list.ElementAt(k)</c> (and their <c>OrDefault</c> forms), <c>list[^k]</c>; only for a list of numbers filled by
    /// appends (<see cref="AppendedElementWrites"/>), whose elements are what was appended. Null for anything else.
    /// </summary>
    private ISymbol? ListedElementRoot(IOperation operation)
    {
        var list = operation switch
        {
            IInvocationOperation { TargetMethod: { Name: "Last" or "First" or "LastOrDefault" or "FirstOrDefault", IsStatic: true }, Arguments.Length: 1 } call => call.Arguments[0].Value,
            IInvocationOperation { TargetMethod: { Name: "ElementAt" or "ElementAtOrDefault", IsStatic: true }, Arguments.Length: 2 } call => call.Arguments[0].Value,
            IImplicitIndexerReferenceOperation { Argument: not IRangeOperation, Instance: var indexed } => indexed,
            _ => null,
        };
        if (Unwrap(list) is not { Type: INamedTypeSymbol { Name: "List", TypeArguments: [var element] } } listed || !WellKnownSymbols.IsNumeric(element))
        {
            return null;
        }

        return RootOf(listed) is { } root && AppendedElementWrites(root).Count > 0 ? root : null;
    }
}
