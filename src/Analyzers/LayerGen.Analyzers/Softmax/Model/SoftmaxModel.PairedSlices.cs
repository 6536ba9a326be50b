using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A sum whose terms come from two different slices of one buffer: rows r and r + 1 of <c>exps</c> joined as
/// <c>[.. a, .. b]</c> or <c>a.Concat(b)</c> and folded (<c>pair.Sum()</c>, <c>foreach (var v in pair) z += v</c>), or
/// summed apart and added (<c>a.Sum() + b.Sum()</c>), with <c>a = exps[r]</c>, <c>b = exps[r + 1]</c> (also through
/// maps and copies of them, <c>x[r].Select(v =&gt; Math.Exp(v - m)).ToArray()</c>, HeldOut95's miss
/// <c>CollectionExpressions_PairedRowTotal</c>). Such a normaliser spans the row dimension as well, as a fold reading
/// <c>z[r, c]</c> and <c>z[r + 1, c]</c> does (NeighbourSlices.cs): the joined view is the first slice spanning that
/// dimension. Indices are compared by value (<see cref="IndexValueText"/>) and one must move with a loop; slices of the
/// same row (<c>[.. a]</c>, <c>[.. x[r][..k], .. x[r][k..]]</c>) or of different buffers join nothing.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>How many locals, copies and maps are followed at most from a part back to the row it reads.</summary>
    private const int MaxSliceHops = 6;

    /// <summary>
    /// The view of a concatenation (<c>[.. a, .. b]</c>, <c>a.Concat(b)</c>) whose parts are rows of one buffer picked
    /// at different indices (see the type summary): the first part seen as a row of that buffer, spanning the picked
    /// dimension too; else null.
    /// </summary>
    private BufferView? PairedSliceView(IOperation operation) =>
        ConcatenatedParts(operation) is { Count: >= 2 } parts && PairedSlicePick(parts) is var (root, atom)
        && parts.Select(EvalView).FirstOrDefault(view => IsViewOf(view, root)) is { } first
            ? first.Spanning(ImmutableHashSet.Create(atom))
            : null;

    /// <summary>
    /// True when <paramref name="view"/> reads <paramref name="root"/> (a row of it, or a map of such a row): a part the
    /// model follows to the buffer (<c>b</c> of <c>b = c ? exps[r + 1] : []</c> is a buffer of its own to it).
    /// </summary>
    private static bool IsViewOf(BufferView? view, ISymbol root)
    {
        for (var current = view; current is not null; current = current.Source)
        {
            if (SymbolEqualityComparer.Default.Equals(current.Root, root))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <c>a.Sum() + b.Sum()</c> (any number of addends) over rows of one buffer picked at different indices: one sum
    /// folding every addend's dimensions and the picked one; null for any other value (a sum of one row's folds included).
    /// </summary>
    private WholeReductionInfo? PairedSliceSums(IBinaryOperation add)
    {
        var addends = Terms(add);
        var infos = new List<(IOperation Receiver, WholeReductionInfo Info)>();
        var receivers = new List<IOperation>();
        foreach (var addend in addends)
        {
            if (Unwrap(addend) is not IInvocationOperation call || !Symbols.IsEnumerable(call.TargetMethod, "Sum") || FoldedSequence(call) is not { } receiver)
            {
                return null;
            }

            // A row the model reads no view of (b = r + 1 < n ? exps[r + 1] : []) still names its row (SlicePick).
            if (WholeReduction(call) is { Kind: ReductionKind.Sum } info)
            {
                infos.Add((receiver, info));
            }

            receivers.Add(receiver);
        }

        if (receivers.Count < 2 || PairedSlicePick(receivers) is not var (root, atom))
        {
            return null;
        }

        // Only the folds the model reads as rows of that buffer: they fold the same element dimensions of their rows.
        var rows = infos.Where(fold => IsViewOf(EvalView(fold.Receiver), root)).Select(fold => fold.Info).ToList();
        if (rows.Count == 0)
        {
            return null;
        }

        var atoms = rows.Aggregate(ImmutableHashSet.Create(atom), (union, info) => union.Union(info.Atoms));
        var elements = rows.Skip(1).Aggregate(rows[0].Elements, (merged, info) => merged.Merge(info.Elements));
        Classes.Add(atom);
        return new WholeReductionInfo(ReductionKind.Sum, atoms, elements, rows[0].FixedDims);
    }

    /// <summary>The sequence a LINQ fold call folds (<c>a</c> of <c>a.Sum()</c>, <c>Enumerable.Sum(a)</c>); null for a call on no sequence.</summary>
    private static IOperation? FoldedSequence(IInvocationOperation call) =>
        call.Instance ?? (call.Arguments.Length > 0 ? call.Arguments[0].Value : null);

    /// <summary>
    /// The parts a concatenation joins: the spreads of a collection expression made of spreads only, or the two
    /// sequences of <c>Concat</c>; null for anything else.
    /// </summary>
    private List<IOperation>? ConcatenatedParts(IOperation operation)
    {
        switch (Unwrap(operation))
        {
            case ICollectionExpressionOperation { Elements.Length: >= 2 } collection when collection.Elements.All(element => element is ISpreadOperation):
                return collection.Elements.Select(element => ((ISpreadOperation)element).Operand).ToList();
            case IInvocationOperation call when Symbols.IsEnumerable(call.TargetMethod, "Concat"):
                return call.Instance is { } first && call.Arguments.Length == 1 ? new List<IOperation> { first, call.Arguments[0].Value }
                    : call.Instance is null && call.Arguments.Length == 2 ? new List<IOperation> { call.Arguments[0].Value, call.Arguments[1].Value }
                    : null;
            default:
                return null;
        }
    }

    /// <summary>
    /// The buffer and dimension <paramref name="parts"/> are picked along when each is a row of the same buffer
    /// (<see cref="SlicePick"/>) and two of them are picked at different indices, one moving with a loop; null otherwise.
    /// </summary>
    private (ISymbol Root, DimensionAtom Atom)? PairedSlicePick(IReadOnlyList<IOperation> parts)
    {
        var picks = new List<(ISymbol Root, DimensionAtom Atom, IOperation Index)>();
        foreach (var part in parts)
        {
            if (SlicePick(part, 0) is not { } pick || picks.Count > 0 && (!SymbolEqualityComparer.Default.Equals(pick.Root, picks[0].Root) || !pick.Atom.Equals(picks[0].Atom)))
            {
                return null;
            }

            picks.Add(pick);
        }

        for (var first = 0; first < picks.Count; first++)
        {
            for (var second = first + 1; second < picks.Count; second++)
            {
                var (left, right) = (picks[first].Index, picks[second].Index);
                if ((MovesWithLoops(left) || MovesWithLoops(right)) && IndexValueText(left, 0) != IndexValueText(right, 0))
                {
                    return (picks[0].Root, picks[0].Atom);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The buffer, dimension and index a row is picked with: <c>exps[r]</c> of a jagged array or a list of rows, followed
    /// back through locals written once, copies and element maps (<c>x[r].Select(f).ToArray()</c>, <c>[.. a]</c>) and a
    /// conditional whose other branch is empty (<c>r + 1 &lt; n ? exps[r + 1] : []</c>); null for anything else.
    /// </summary>
    private (ISymbol Root, DimensionAtom Atom, IOperation Index)? SlicePick(IOperation? value, int hops)
    {
        value = Unwrap(value);
        if (value is null || hops > MaxSliceHops)
        {
            return null;
        }

        switch (value)
        {
            case ILocalReferenceOperation { Local: var local } when _writesCollected && SingleDefinitionValue(local) is { } definition:
                return SlicePick(definition, hops + 1);
            case IConditionalOperation { WhenTrue: var whenTrue, WhenFalse: { } whenFalse }:
                return IsEmptySequence(whenFalse) ? SlicePick(whenTrue, hops + 1) : IsEmptySequence(whenTrue) ? SlicePick(whenFalse, hops + 1) : null;
            case IArrayElementReferenceOperation { Indices: [var index], ArrayReference: var rows } when EvalView(rows) is { Root: { } root, Layout: BufferLayout.Jagged } view:
                return (root, DimensionAtom.Depth(root, view.Consumed), index);
            case IPropertyReferenceOperation { Property.IsIndexer: true, Arguments: [var argument], Instance: { } owner } when EvalView(owner) is { Root: { } root, Layout: BufferLayout.Jagged } view:
                return (root, DimensionAtom.Depth(root, view.Consumed), argument.Value);
            case IInvocationOperation call when IsRowPreservingCall(call) && FoldedSequence(call) is { } source:
                return SlicePick(source, hops + 1);
            default:
                return null;
        }
    }

    /// <summary>
    /// True for a call whose result holds one element per element of its sequence, in order: a copy (<c>ToArray</c>,
    /// <c>ToList</c>, <c>AsEnumerable</c>), an element map (<c>Select</c>) or a whole span over it (<c>AsSpan()</c>).
    /// </summary>
    private bool IsRowPreservingCall(IInvocationOperation call) =>
        Symbols.IsEnumerable(call.TargetMethod, "Select") && call.Arguments.Length == 2
        || Symbols.IsEnumerable(call.TargetMethod, "ToArray") || Symbols.IsEnumerable(call.TargetMethod, "ToList") || Symbols.IsEnumerable(call.TargetMethod, "AsEnumerable")
        || Symbols.IsAsSpan(call.TargetMethod) && call.Arguments.Length == (call.Instance is null ? 1 : 0);

    /// <summary>True for an empty sequence: <c>[]</c>, <c>new T[0]</c>, <c>Array.Empty&lt;T&gt;()</c>.</summary>
    private static bool IsEmptySequence(IOperation? operation) => Unwrap(operation) switch
    {
        ICollectionExpressionOperation { Elements.Length: 0 } => true,
        IArrayCreationOperation { DimensionSizes: [{ ConstantValue: { HasValue: true, Value: 0 } }] } => true,
        IInvocationOperation { TargetMethod: { Name: "Empty", ContainingType: { Name: "Array", ContainingNamespace.Name: "System" } } } => true,
        _ => false,
    };
}
