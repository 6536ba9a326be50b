using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// <c>Range</c> and <c>Index</c> values held in locals: <c>Range rowRange = (r * n)..((r + 1) * n)</c> is read through
/// its definition, so <c>x[..rowRange.End]</c> is the prefix <c>x[..((r + 1) * n)]</c> (rows 0..r, HeldOut95's miss
/// <c>RangesIndices_PrefixPeak</c>), <c>rowRange.End.Value</c> and <c>rowRange.Start.Value</c> are the written bounds,
/// <c>x[rowRange]</c> and <c>x.AsSpan(rowRange)</c> are <c>x[(r * n)..((r + 1) * n)]</c>, and an <c>Index</c> local
/// (<c>Index end = (r + 1) * n</c>) is its value. A bound counted from the end (<c>^k</c>) is not resolved to a number.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>How many locals are followed at most (<c>var a = b; var b = (s..e)</c> is two).</summary>
    private const int MaxRangeLocalHops = 4;

    /// <summary>
    /// The range expression <paramref name="value"/> is: itself when written as <c>s..e</c>, else the definition of a
    /// <c>Range</c> local written once; null for anything else.
    /// </summary>
    private IRangeOperation? ResolvedRange(IOperation? value, int hops = 0)
    {
        value = Unwrap(value);
        return value switch
        {
            IRangeOperation range => range,
            ILocalReferenceOperation { Local: var local } when hops < MaxRangeLocalHops && _writesCollected
                && SingleDefinitionValue(local) is { } definition => ResolvedRange(definition, hops + 1),
            _ => null,
        };
    }

    /// <summary>
    /// The written bound a read of a range's or an index's parts stands for: <c>r.End</c> / <c>r.Start</c> of a resolved
    /// range (the operand, possibly <c>^k</c>), <c>i.Value</c> of such a bound or of an <c>Index</c> local written once.
    /// Null when the part is absent (<c>..e</c> has no written start) or the value cannot be followed.
    /// </summary>
    private IOperation? RangeBoundary(IOperation? value, int hops = 0)
    {
        value = Unwrap(value);
        if (value is null || hops >= MaxRangeLocalHops)
        {
            return null;
        }

        switch (value)
        {
            case IPropertyReferenceOperation { Property.Name: "End" or "Start", Instance: { } holder } part
                when IsSystemType(holder.Type, "Range") && ResolvedRange(holder) is { } range:
                return part.Property.Name == "End" ? range.RightOperand : range.LeftOperand;
            case IPropertyReferenceOperation { Property.Name: "Value", Instance: { } index } when IsSystemType(index.Type, "Index"):
                return IndexDefinition(index, hops + 1);
            default:
                return null;
        }
    }

    /// <summary>What an <c>Index</c> value is written as: a range's bound, or a local's definition (unwrapped).</summary>
    private IOperation? IndexDefinition(IOperation index, int hops)
    {
        var value = Unwrap(index);
        if (RangeBoundary(value, hops) is { } boundary)
        {
            return Unwrap(boundary);
        }

        return value is ILocalReferenceOperation { Local: var local } && hops < MaxRangeLocalHops && _writesCollected
            && SingleDefinitionValue(local) is { } written
            ? RangeBoundary(written, hops + 1) ?? Unwrap(written)
            : null;
    }

    /// <summary>True for <c>System.Range</c> / <c>System.Index</c> (by <paramref name="name"/>).</summary>
    private static bool IsSystemType(ITypeSymbol? type, string name) =>
        type is INamedTypeSymbol { ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } named && named.Name == name;

    /// <summary>True for <c>^k</c>, a position counted from the end.</summary>
    private static bool IsFromEnd(IOperation? value) => Unwrap(value) is IUnaryOperation { OperatorKind: UnaryOperatorKind.Hat };
}
