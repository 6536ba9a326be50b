using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Slice lengths: a loop bounded by the length of a slice (<c>for (i = 0; i &lt; cloud.Length; i++)</c> with
/// <c>cloud = logits.Slice(start, parts * points)</c>) walks as far as the slice's stated length. The length names the
/// block the walk covers, so a flat fold over a slice of a <c>[parts, points]</c> block folds both axes as
/// <c>i &lt; parts * points</c> does (BlockWalks.cs); so does the same walk counted down from <c>cloud.Length - 1</c>
/// and a <c>foreach</c> over the slice (<see cref="ForEachBlockAtoms"/>).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The length argument of the slice whose <c>Length</c> (or <c>Count</c>) <paramref name="bound"/> reads: a local
    /// declared once as <c>x.Slice(start, length)</c>, <c>x.AsSpan(start, length)</c> / <c>AsMemory</c>, or
    /// <c>new ArraySegment&lt;T&gt;(x, start, length)</c>; null for any other bound.
    /// </summary>
    private IOperation? SliceLength(IOperation? bound) =>
        Unwrap(bound) is IPropertyReferenceOperation { Property.Name: "Length" or "Count", Instance: { } instance } ? SliceLengthOf(instance) : null;

    /// <summary>The length argument of the slice local <paramref name="slice"/> reads (see <see cref="SliceLength"/>); null for anything else.</summary>
    private IOperation? SliceLengthOf(IOperation? slice)
    {
        if (Unwrap(slice) is not ILocalReferenceOperation { Local: var local }
            || WritesOf(local) is not { Count: 1 } writes || writes[0].Operation is not IVariableDeclaratorOperation
            || Unwrap(writes[0].Value) is not { } definition)
        {
            return null;
        }

        return SliceDefinitionLength(definition, depth: 0);
    }

    /// <summary>The length argument of a slice expression (see <see cref="SliceLengthOf"/>); null for anything else.</summary>
    private IOperation? SliceDefinitionLength(IOperation? definition, int depth) => Unwrap(definition) switch
    {
        // x.Slice(start, length) on a span, memory or segment; x.AsSpan(start, length) (the array is argument 0).
        IInvocationOperation { TargetMethod.Name: "Slice", Instance: not null, Arguments.Length: 2 } call => call.Arguments[1].Value,
        IInvocationOperation { Instance: null, Arguments.Length: 3 } call when Symbols.IsAsSpan(call.TargetMethod)
            && call.Arguments[1].Value.Type?.SpecialType == SpecialType.System_Int32 => call.Arguments[2].Value,

        // new ArraySegment<T>(x, start, length), and the same view as new Span<T>(x, start, length) or Memory<T>.
        IObjectCreationOperation { Type.Name: "ArraySegment" or "Span" or "ReadOnlySpan" or "Memory" or "ReadOnlyMemory", Arguments.Length: 3 } segment
            when segment.Arguments[0].Value.Type is IArrayTypeSymbol => segment.Arguments[2].Value,

        // x.AsMemory(start, length).Span: the memory's length.
        IPropertyReferenceOperation { Property.Name: "Span", Instance: { Type.Name: "Memory" or "ReadOnlyMemory" } memory } when depth < MaxSliceDepth =>
            SliceDefinitionLength(memory, depth + 1),
        _ => null,
    };

    /// <summary>
    /// The dimensions a <c>foreach</c> over a flat slice walks when the slice is one whole block picked by an enclosing
    /// loop (<c>foreach (float v in cloud)</c> with <c>cloud = logits.Slice(start, parts * points)</c>): the block's
    /// strides and the unit stride, as the counted walk to <c>cloud.Length</c> folds; null for any other view.
    /// </summary>
    private ImmutableHashSet<DimensionAtom>? ForEachBlockAtoms(BufferView view, IOperation loop)
    {
        if (loop is not IForEachLoopOperation forEach || view is not { Layout: BufferLayout.Flat, FlatOffset: { } offset, Root: { } root }
            || SliceLengthOf(forEach.Collection) is not { } length || Linear(length) is not { IsLoopFree: true, Constant: { } extent }
            || BlockStridesOf(extent, loop, offset) is not { } block)
        {
            return null;
        }

        return block.Select(stride => DimensionAtom.Stride(root, stride.Text)).Append(DimensionAtom.Stride(root, Stride.One.Text)).ToImmutableHashSet();
    }
}
