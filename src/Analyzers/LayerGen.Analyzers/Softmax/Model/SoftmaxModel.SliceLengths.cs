using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Slice lengths: a loop bounded by the length of a slice (<c>for (i = 0; i &lt; cloud.Length; i++)</c> with
/// <c>cloud = logits.Slice(start, parts * points)</c>) walks as far as the slice's stated length. The length names the
/// block the walk covers, so a flat fold over a slice of a <c>[parts, points]</c> block folds both axes as
/// <c>i &lt; parts * points</c> does (BlockWalks.cs).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The length argument of the slice whose <c>Length</c> (or <c>Count</c>) <paramref name="bound"/> reads: a local
    /// declared once as <c>x.Slice(start, length)</c>, <c>x.AsSpan(start, length)</c> / <c>AsMemory</c>, or
    /// <c>new ArraySegment&lt;T&gt;(x, start, length)</c>; null for any other bound.
    /// </summary>
    private IOperation? SliceLength(IOperation? bound)
    {
        if (Unwrap(bound) is not IPropertyReferenceOperation { Property.Name: "Length" or "Count", Instance: { } instance }
            || Unwrap(instance) is not ILocalReferenceOperation { Local: var slice }
            || WritesOf(slice) is not { Count: 1 } writes || writes[0].Operation is not IVariableDeclaratorOperation
            || Unwrap(writes[0].Value) is not { } definition)
        {
            return null;
        }

        return definition switch
        {
            // x.Slice(start, length) on a span, memory or segment; x.AsSpan(start, length) (the array is argument 0).
            IInvocationOperation { TargetMethod.Name: "Slice", Instance: not null, Arguments.Length: 2 } call => call.Arguments[1].Value,
            IInvocationOperation { Instance: null, Arguments.Length: 3 } call when Symbols.IsAsSpan(call.TargetMethod)
                && call.Arguments[1].Value.Type?.SpecialType == SpecialType.System_Int32 => call.Arguments[2].Value,
            IObjectCreationOperation { Type.Name: "ArraySegment", Arguments.Length: 3 } segment => segment.Arguments[2].Value,
            _ => null,
        };
    }
}
