using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Element identity through slices: <c>row[j]</c> of a span or memory defined once as a slice of a buffer at an offset
/// (<c>var row = map.AsSpan(i * n, n)</c>, <c>x.AsSpan(o)</c>, <c>s.Slice(o, n)</c>, <c>new Span&lt;T&gt;(x, o, n)</c>)
/// is the buffer's element at the offset plus the index, <c>map[i * n + j]</c>, so a write through one spelling and a
/// read through the other are the same element (<see cref="SameElement"/>). Slices of slices add their offsets.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>Slices of slices are followed this deep.</summary>
    private const int MaxSliceDepth = 3;

    /// <summary>
    /// The buffer and index addends of the element <paramref name="buffer"/>[<paramref name="index"/>] once every slice
    /// it is read through is undone (the slice's start added to the index); the access itself when it reads no slice.
    /// </summary>
    private (IOperation Buffer, List<string> Addends) Unsliced(IOperation buffer, IOperation index)
    {
        var addends = IndexAddends(index, 0);
        for (var depth = 0; depth < MaxSliceDepth && SliceOf(buffer) is var (source, start); depth++)
        {
            if (start is not null && Unwrap(start)!.ConstantValue is not { HasValue: true, Value: 0 })
            {
                addends.AddRange(IndexAddends(start, 0));
            }

            buffer = source;
        }

        return (buffer, addends);
    }

    /// <summary>
    /// The sliced buffer and the start (null: 0) of a slice, written in place or as a local defined once as one:
    /// <c>x.AsSpan(o, n)</c>, <c>x.AsSpan(o)</c>, <c>x.AsSpan()</c>, <c>AsMemory</c>, <c>s.Slice(o, n)</c> of a span,
    /// memory or segment, <c>new Span&lt;T&gt;(x, o, n)</c>; null for anything else.
    /// </summary>
    private (IOperation Source, IOperation? Start)? SliceOf(IOperation buffer)
    {
        var definition = Unwrap(buffer);
        if (definition is ILocalReferenceOperation { Local: var local })
        {
            definition = WritesOf(local) is { Count: 1 } writes ? Unwrap(writes[0].Value) : null;
        }

        switch (definition)
        {
            case IInvocationOperation { Arguments.Length: 1 } call when Symbols.IsAsSpan(call.TargetMethod) && call.Instance is null && call.Arguments[0].Value.Type is IArrayTypeSymbol:
                return (call.Arguments[0].Value, null);
            case IInvocationOperation call when Symbols.IsAsSpan(call.TargetMethod) && call.Instance is null && call.Arguments.Length >= 2:
                return IsIntegerStart(call.Arguments[1].Value) ? (call.Arguments[0].Value, call.Arguments[1].Value) : null;

            // Slice of a view, not List<T>.Slice (a copy: writes through it are not the list's).
            case IInvocationOperation { TargetMethod.Name: "Slice", Instance: { Type: INamedTypeSymbol { Name: "Span" or "ReadOnlySpan" or "Memory" or "ReadOnlyMemory" or "ArraySegment" } } sliced, Arguments.Length: >= 1 } call:
                return IsIntegerStart(call.Arguments[0].Value) ? (sliced, call.Arguments[0].Value) : null;
            case IObjectCreationOperation { Type: INamedTypeSymbol { Name: "Span" or "ReadOnlySpan" or "Memory" or "ReadOnlyMemory" }, Arguments.Length: 3 } creation
                when creation.Arguments[0].Value.Type is IArrayTypeSymbol:
                return IsIntegerStart(creation.Arguments[1].Value) ? (creation.Arguments[0].Value, creation.Arguments[1].Value) : null;
            default:
                return null;
        }
    }

    private static bool IsIntegerStart(IOperation start) => Unwrap(start)?.Type?.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64;
}
