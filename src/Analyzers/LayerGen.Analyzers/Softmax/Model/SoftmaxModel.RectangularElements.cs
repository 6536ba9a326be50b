using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Rectangular arrays held as elements of a jagged buffer (<c>double[][,]</c>, <c>List&lt;float[,]&gt;</c>, HeldOut67's
/// <c>ClassMajor_PeakPerClassMap</c>): the element adds one level per rank, like <c>double[classes, n, pixels]</c>, and
/// read whole (<c>maps[k].Cast&lt;double&gt;().Max()</c>, <c>foreach (double v in maps[k])</c>) it yields every element
/// of every remaining level, as a <c>foreach</c> over a <c>T[,]</c> does, not rows. Before, the element added no level,
/// so a fold over all of it spanned nothing.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>The levels a numeric rectangular array adds as an element of a jagged buffer (its rank); 0 for any other type.</summary>
    private static int RectangularElementLevels(ITypeSymbol element) =>
        element is IArrayTypeSymbol { Rank: > 1 } rectangular && WellKnownSymbols.IsNumeric(rectangular.ElementType) ? rectangular.Rank : 0;

    /// <summary>
    /// <paramref name="view"/> flattened when <paramref name="operation"/> is a rectangular array picked from a jagged
    /// buffer (<c>maps[k]</c>, a local or <c>foreach</c> element holding it): one walk over it visits all its elements.
    /// Indexed (<c>maps[k][i, p]</c>) it still reads one level per index.
    /// </summary>
    private static BufferView? WholeRectangularElement(IOperation operation, BufferView? view) =>
        view is { Layout: BufferLayout.Jagged, Flattened: false } && operation.Type is { } type && RectangularElementLevels(type) > 0 ? view.Flatten() : view;
}
