using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Walks past a slot: a pooled buffer holds one slot per request, request r's at <c>[offsets[r], offsets[r] + len_r)</c>.
/// A walk's extent is its start to its end in the buffer's coordinates. A walk from a start an outer loop moves
/// (<c>pool[offsets[r] + i]</c>, also through <c>int start = offsets[r]</c>) is the request's slot only when its bound is
/// the slot's length; it runs over every later request's slot too when the bound reaches the buffer's end
/// (<c>i &lt; pool.Length - offsets[r]</c>, directly or through <c>rest = pool.Length - offsets[r]</c>; counted up or
/// down, under <c>i &lt; B</c> or <c>B &gt; i</c>, read through a whole span or a pinned pointer), exceeds the slot
/// (<c>i &lt; 2 * n</c> with <c>n</c> the bound of another walk of the same slot), or is the smaller of two such bounds
/// (<c>Math.Min(2 * n, pool.Length - offsets[r])</c>); and so does <c>for (i = offsets[r]; i &lt; offsets[^1]; i++)</c>,
/// from an entry of the offsets to their last entry (the total). Such a walk folds the whole buffer, as a walk from a
/// moving start to <c>pool.Length</c> does. A start no loop moves (one vector's tail) keeps its own reading.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// True when <paramref name="loop"/> walks <paramref name="root"/> from a start an outer loop moves to beyond that
    /// start's slot (see the type's summary).
    /// </summary>
    private bool IsWalkPastTheSlot(IOperation loop, ISymbol? root)
    {
        // Counted up under i < B or B > i, or down from B - 1 to 0: the walk's extent is the same (UnitWalks.cs).
        if (root is null || UnitWalk(loop) is not var (variable, from, walkBound) || Unwrap(walkBound) is not { } bound)
        {
            return false;
        }

        if (from is not null && !IsConstant(from, 0))
        {
            // for (i = offsets[r]; i < offsets[^1]; i++) pool[i]: from a segment's start to the last offset.
            return MovesWithOuterLoop(from, loop) && IsLastEntryAfter(from, bound) && OffsetsOfReads(loop, root, variable).Any(offset => offset is null);
        }

        // Only a bound shaped like one past the slot is worth walking the loop's reads for (the check runs per read).
        return SizeDefinition(bound, 0) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract or BinaryOperatorKind.Multiply } or IInvocationOperation { TargetMethod.Name: "Min" }
            && OffsetsOfReads(loop, root, variable).OfType<IOperation>()
                .Any(offset => MovesWithOuterLoop(offset, loop) && IsPastTheSlot(bound, root, offset, loop, depth: 0));
    }

    /// <summary>
    /// The offsets <c>s</c> of the reads <c>root[s + v]</c> (or <c>root[v + s]</c>) inside <paramref name="loop"/>; null
    /// for a read <c>root[v]</c>. The read may go through a span over the whole of <paramref name="root"/> or a pointer
    /// pinned to it, and its index through a local declared once (<c>int k = s + v; root[k]</c>).
    /// </summary>
    private IEnumerable<IOperation?> OffsetsOfReads(IOperation loop, ISymbol root, ISymbol variable)
    {
        foreach (var node in loop.Descendants())
        {
            if (!IsElementAccess(node) || ElementParts(node) is not var (instance, indices) || indices.Count != 1 || !IsWholeViewOf(instance, root))
            {
                continue;
            }

            switch (ThroughCopies(indices[0]))
            {
                case { } direct when References(direct, variable):
                    yield return null;
                    break;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } sum when References(sum.RightOperand, variable):
                    yield return Unwrap(sum.LeftOperand);
                    break;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } sum when References(sum.LeftOperand, variable):
                    yield return Unwrap(sum.RightOperand);
                    break;
            }
        }
    }

    /// <summary>
    /// True when <paramref name="instance"/> is <paramref name="root"/> itself or a view of all of it from its first
    /// element (<c>Span&lt;float&gt; view = pool</c>, <c>pool.AsSpan()</c>, written once): its indices and its length are the buffer's.
    /// </summary>
    private bool IsWholeViewOf(IOperation instance, ISymbol root) =>
        References(instance, root)
        || VariableOf(Unwrap(instance)) is ILocalSymbol { Type.Name: "Span" or "ReadOnlySpan", RefKind: RefKind.None } local
            && WritesOf(local) is [{ Value: { } whole }]
            && (References(whole, root) || Unwrap(whole) is IInvocationOperation { TargetMethod.Name: "AsSpan", Instance: null, Arguments: [var only] } && References(only.Value, root));

    /// <summary>True when <paramref name="start"/> reads a variable of a loop around <paramref name="loop"/> (directly or through locals).</summary>
    private bool MovesWithOuterLoop(IOperation start, IOperation loop) =>
        PickingLoops(start, depth: 0).Any(outer => outer != loop && Contains(outer, loop));

    /// <summary>
    /// True when a walk of <paramref name="root"/> from <paramref name="offset"/> bounded by <paramref name="bound"/> runs
    /// past the slot: to the buffer's end, past another walk's bound of the same slot, or the smaller of two such bounds.
    /// </summary>
    private bool IsPastTheSlot(IOperation bound, ISymbol root, IOperation offset, IOperation loop, int depth)
    {
        bound = Unwrap(bound)!;
        if (depth > MaxAliasDepth)
        {
            return false;
        }

        switch (bound)
        {
            case ILocalReferenceOperation { Local: var local } read when InductionLoop(local, read) is null
                && WritesOf(local) is { Count: 1 } writes && writes[0].Operation is IVariableDeclaratorOperation && writes[0].Value is { } value:
                return IsPastTheSlot(value, root, offset, loop, depth + 1);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } rest:
                // pool.Length - offsets[r]: from the slot's start to the buffer's end.
                return Unwrap(rest.LeftOperand) is IPropertyReferenceOperation { Property.Name: "Length" or "Count", Instance: { } lengthOf }
                    && IsWholeViewOf(lengthOf, root) && SameStart(rest.RightOperand, offset);
            case IInvocationOperation { TargetMethod: { Name: "Min", ContainingType.Name: "Math" or "MathF" }, Arguments.Length: 2 } smaller:
                return IsPastTheSlot(smaller.Arguments[0].Value, root, offset, loop, depth + 1)
                    && IsPastTheSlot(smaller.Arguments[1].Value, root, offset, loop, depth + 1);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } multiple:
                // 2 * n with n the bound of another walk of the same slot: past the slot's end.
                return IsMultipleOfSlotLength(multiple.LeftOperand, multiple.RightOperand, root, offset, loop)
                    || IsMultipleOfSlotLength(multiple.RightOperand, multiple.LeftOperand, root, offset, loop);
            default:
                return false;
        }
    }

    /// <summary>True when <paramref name="factor"/> is an integer constant of at least 2 and <paramref name="length"/> bounds another walk of the same slot.</summary>
    private bool IsMultipleOfSlotLength(IOperation factor, IOperation length, ISymbol root, IOperation offset, IOperation loop)
    {
        if (Unwrap(factor)?.ConstantValue is not { HasValue: true, Value: int times } || times < 2)
        {
            return false;
        }

        var slot = SizeText(length);
        return _operations.Any(other => other != loop && other is IForLoopOperation or IWhileLoopOperation
            && UnitWalk(other) is { } walk && FromZero(walk) && SizeText(walk.Bound) == slot
            && OffsetsOfReads(other, root, walk.Counter).Any(read => read is not null && SameStart(read, offset)));
    }

    /// <summary>Two spellings of one start (<c>offsets[r]</c>, or a local defined once as it).</summary>
    private bool SameStart(IOperation first, IOperation second) => SizeText(first) == SizeText(second);

    /// <summary>A size or start as canonical text, locals defined once replaced by their definition.</summary>
    private string SizeText(IOperation operation) => SizeDefinition(operation, 0) is { } defined ? Canonical(defined) : Canonical(operation);

    /// <summary>
    /// True when <paramref name="bound"/> (or the local it reads) is the last entry (<c>a[^1]</c>, <c>a[a.Length - 1]</c>)
    /// of the array <paramref name="start"/> reads an entry of (<c>a[r]</c>).
    /// </summary>
    private bool IsLastEntryAfter(IOperation start, IOperation bound) =>
        SizeDefinition(start, 0) is { } first && ElementParts(first) is ({ } firstArray, [_])
        && VariableOf(Unwrap(firstArray)) is { } offsets
        && SizeDefinition(bound, 0) is { } last && LastEntryParts(last) is ({ } lastArray, { } lastIndex)
        && References(lastArray, offsets)
        && IsLastIndex(offsets, lastIndex);

    /// <summary>The buffer and the one index of an element read, also <c>a[^1]</c> of a span (an implicit indexer).</summary>
    private (IOperation Buffer, IOperation Index)? LastEntryParts(IOperation read) =>
        read is IImplicitIndexerReferenceOperation implicitIndex ? (implicitIndex.Instance, implicitIndex.Argument)
        : ElementParts(read) is ({ } buffer, [var index]) ? (buffer, index)
        : null;
}
