using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A collection expression made of one spread, <c>[.. e]</c>, copies <c>e</c> as <c>e.ToArray()</c> / <c>e.ToList()</c>
/// does: <c>double[] m = [.. rows.Select(r =&gt; r.Max())]</c> holds the row maxima, <c>[.. exps.SelectMany(e =&gt; e)]</c>
/// every exp of every row. <see cref="Unwrap"/> reads it as the sequence it spreads, as the model reads a
/// materialising copy (the same view and values); it is still a fresh allocation (<see cref="IsAllocation"/>).
/// Several elements or spreads (<c>[.. a, .. b]</c>, <c>[.. result, item]</c>) are a concatenation and stay as written.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>The sequence <c>[.. e]</c> spreads (<c>e</c>); null for any other operation.</summary>
    private static IOperation? SpreadSource(IOperation? operation) =>
        operation is ICollectionExpressionOperation { Elements: [ISpreadOperation { Operand: { } operand }] } ? operand : null;

    /// <summary>True when <paramref name="value"/>, past conversions and parentheses, is a single-spread collection expression (a fresh copy).</summary>
    private static bool IsSpreadCopy(IOperation? value)
    {
        while (value is IConversionOperation or IParenthesizedOperation)
        {
            value = value is IConversionOperation conversion ? conversion.Operand : ((IParenthesizedOperation)value).Operand;
        }

        return SpreadSource(value) is not null;
    }
}
