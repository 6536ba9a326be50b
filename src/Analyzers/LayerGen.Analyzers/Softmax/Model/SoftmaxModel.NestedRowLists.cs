using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Lists of lists of rows (<c>List&lt;List&lt;double[]&gt;&gt;</c>, HeldOut67's <c>NestedLinq_RawExpRows</c>): each list
/// level is one level of the jagged buffer, like an array level of <c>double[][][]</c>, so the element of the inner
/// <c>foreach</c> of two nested walks is a row like <c>batch[b][s]</c>. Before, a list of lists counted as two levels,
/// so the inner walk's element was no row.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The element of <paramref name="type"/> when it nests rows below it: a 1-D array's element, or the element of a
    /// list (<c>List</c>, <c>IList</c>, <c>IReadOnlyList</c>) whose element is itself an array or such a list. Null for a
    /// row of numbers (<c>List&lt;double&gt;</c>, a span) and anything else.
    /// </summary>
    private static ITypeSymbol? NestedRowElement(ITypeSymbol type) => type switch
    {
        IArrayTypeSymbol { Rank: 1 } array => array.ElementType,
        INamedTypeSymbol { TypeArguments: [var element], Name: "List" or "IList" or "IReadOnlyList" }
            when element is IArrayTypeSymbol { Rank: 1 } || NestedRowElement(element) is not null && element is INamedTypeSymbol => element,
        _ => null,
    };
}
