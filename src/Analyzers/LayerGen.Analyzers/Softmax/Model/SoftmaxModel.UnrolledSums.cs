using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Sums unrolled over the constant indices of a small scratch buffer: <c>e[0] + e[1]</c> (or <c>+ e[2]</c> …) where
/// <c>e</c> is allocated with exactly those indices (<c>new float[2]</c>, <c>stackalloc double[3]</c>) and every write
/// to it stores an exp. Such a sum folds the buffer's whole axis, so it is the denominator of a softmax over that
/// axis, exactly like the written-out <c>ea + eb</c> of scalar exps (<see cref="ExplicitSumTerms"/>). A sum of some
/// of the slots only (<c>e[0] + e[1]</c> of a <c>new float[3]</c>) is a partial sum, not read as a softmax denominator.
/// The unrolled axis may also be one axis of a multi-dimensional buffer whose length there is constant:
/// <c>p[n, 0] + p[n, 1] + p[n, 2]</c> of a <c>new double[loans, 3]</c> adds every slot of row n, a sum over the second
/// axis (the other indices the same in every term).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// One slot of an unrolled axis: the local buffer, the position of the one constant index, that index, and the
    /// other indices as text (empty for a rank-1 buffer).
    /// </summary>
    private readonly record struct UnrolledSlot(ILocalSymbol Root, int Position, int Index, string Rest);

    /// <summary>
    /// <c>e[k]</c> or <c>p[n, k]</c>: an element read, straight on a local buffer, with exactly one constant index; the
    /// other indices are computed (no constant: <c>p[0, 1]</c> is no slot of an unrolled axis). Null otherwise.
    /// </summary>
    private UnrolledSlot? UnrolledSlotOf(IOperation term)
    {
        var (instance, indices) = Unwrap(term) switch
        {
            IArrayElementReferenceOperation element => (element.ArrayReference, element.Indices),
            IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } indexed } property =>
                (indexed, IndexerIndexValues(property).ToImmutableArray()),
            _ => (null, default),
        };
        if (VariableOf(Unwrap(instance)) is not ILocalSymbol root || indices.IsDefaultOrEmpty
            || !SymbolEqualityComparer.Default.Equals(RootOf(Unwrap(term)!), root))
        {
            return null;
        }

        int? position = null;
        var index = 0;
        var rest = new List<string>();
        for (var at = 0; at < indices.Length; at++)
        {
            if (Unwrap(indices[at])!.ConstantValue.HasValue)
            {
                if (position is not null || AsInt(indices[at]) is not { } constant)
                {
                    return null;
                }

                (position, index) = (at, constant);
            }
            else
            {
                rest.Add(Compact(indices[at].Syntax.ToString()));
            }
        }

        return position is { } found ? new UnrolledSlot(root, found, index, string.Join(",", rest)) : null;
    }

    /// <summary>
    /// <c>e[k]</c> (<c>p[n, k]</c>) at a constant index of a local scratch buffer every write of which stores an exp
    /// (<c>e[c] = MathF.Exp(x[c])</c>) or rescales one in place (<see cref="RescalesInPlace"/>), and whose every allocation has
    /// the same constant length along the slot's axis.
    /// </summary>
    private bool IsExpSlot(IOperation term) =>
        UnrolledSlotOf(term) is { } slot && ScratchLength(slot.Root, slot.Position) is not null
        && ElementWritesInto(slot.Root).ToList() is { Count: > 0 } writes
        && writes.All(write => ExpOperand(Unwrap(write.Value)) is not null || RescalesInPlace(write));

    /// <summary>
    /// True for a write that only rescales the element it writes: <c>p[n, k] /= z</c>, <c>p[n, k] *= r</c>,
    /// <c>p[n, k] = p[n, k] / z</c> (or <c>* r</c>, <c>r * p[n, k]</c>).
    /// </summary>
    private static bool RescalesInPlace(ElementWrite write) =>
        write.Operation is ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Divide or BinaryOperatorKind.Multiply }
        || Unwrap(write.Value) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide or BinaryOperatorKind.Multiply } scaling
            && (SameValue(scaling.LeftOperand, write.Target) || scaling.OperatorKind == BinaryOperatorKind.Multiply && SameValue(scaling.RightOperand, write.Target));

    /// <summary>
    /// True when every scratch buffer read by the slot terms among <paramref name="terms"/> is read along one axis, at
    /// the same other indices, at each index of that axis exactly once: the sum covers the buffer's whole axis.
    /// </summary>
    private bool CoversWholeScratchBuffers(List<IOperation> terms)
    {
        var slots = terms.Select(UnrolledSlotOf).Where(slot => slot is not null).Select(slot => slot!.Value).ToList();
        foreach (var group in slots.GroupBy(slot => slot.Root, SymbolEqualityComparer.Default))
        {
            var first = group.First();
            var indices = group.Select(slot => slot.Index).ToList();
            if (group.Any(slot => slot.Position != first.Position || slot.Rest != first.Rest)
                || ScratchLength(first.Root, first.Position) is not { } length
                || indices.Count != length || indices.Distinct().Count() != length || indices.Any(index => index < 0 || index >= length))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when <paramref name="term"/> is a slot of a scratch buffer of exps and <paramref name="numerator"/> reads
    /// an element of the same buffer: <c>e[c] / (e[0] + e[1] + e[2])</c> divides each of the summed values.
    /// </summary>
    private bool IsSlotOfSameScratch(IOperation term, IOperation numerator) =>
        Unwrap(numerator) is IArrayElementReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: true }
        && IsExpSlot(term) && RootOf(Unwrap(term)!) is { } root && SymbolEqualityComparer.Default.Equals(RootOf(Unwrap(numerator)!), root);

    /// <summary>
    /// The axes an unrolled sum folds: for a rank-1 scratch buffer, its dimension as its fill loop writes it
    /// (<c>e[c] = Exp(x[r][c])</c> makes <c>e</c>'s axis the class axis of <c>x</c>); for a multi-dimensional buffer, the
    /// axis of its constant index (<c>p[n, 0] + p[n, 1]</c> folds p's second axis); empty for scalar terms.
    /// </summary>
    private ImmutableHashSet<DimensionAtom> ScratchAxes(List<IOperation> terms)
    {
        var atoms = ImmutableHashSet<DimensionAtom>.Empty;
        foreach (var term in terms.Where(IsExpSlot))
        {
            atoms = atoms.Union(UnrolledAxis(UnrolledSlotOf(term)!.Value));
        }

        return atoms;
    }

    /// <summary>The dimensions one slot's unrolled axis stands for (<see cref="ScratchAxes"/>).</summary>
    private ImmutableHashSet<DimensionAtom> UnrolledAxis(UnrolledSlot slot)
    {
        if (slot.Root.Type is IArrayTypeSymbol { Rank: > 1 })
        {
            return ImmutableHashSet.Create(DimensionAtom.Rank(slot.Root, slot.Position));
        }

        var atoms = ImmutableHashSet<DimensionAtom>.Empty;
        foreach (var write in ElementWritesInto(slot.Root))
        {
            atoms = atoms.Union(ElementDims(write.Target).Values.SelectMany(dims => dims));
        }

        return atoms;
    }

    /// <summary>
    /// The axes a fold of a written-out slot sum adds to its loops' (<c>z += p[n, 0] + p[n, 1] + p[n, 2]</c> folds p's
    /// second axis besides the rows), also through a local holding it; empty for any other folded value.
    /// </summary>
    private ImmutableHashSet<DimensionAtom> UnrolledSumAxes(IOperation? value) =>
        ThroughCopies(value) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add && ExplicitSumTerms(add) is { } terms
            ? ScratchAxes(terms)
            : ImmutableHashSet<DimensionAtom>.Empty;

    private static int? AsInt(IOperation index) =>
        Unwrap(index)!.ConstantValue is { HasValue: true, Value: int value } ? value : null;

    /// <summary>
    /// The length along <paramref name="position"/> of a local buffer every allocation of which has the same constant
    /// length there (<c>new float[2]</c>, <c>stackalloc float[2]</c>, <c>new double[loans, 3]</c> at position 1), or null.
    /// </summary>
    private int? ScratchLength(ILocalSymbol root, int position)
    {
        var allocations = Allocations(root);
        int? length = null;
        foreach (var write in allocations)
        {
            var value = WritesOf(root).FirstOrDefault(candidate => candidate.Operation == write).Value;
            var size = Unwrap(value) switch
            {
                IArrayCreationOperation array when position < array.DimensionSizes.Length => AsInt(array.DimensionSizes[position]),
                { Syntax: StackAllocArrayCreationExpressionSyntax { Type: ArrayTypeSyntax { RankSpecifiers: [{ Sizes: [var sizeSyntax] }] } } } stack
                    when position == 0 && stack.SemanticModel?.GetConstantValue(sizeSyntax, _cancellationToken) is { HasValue: true, Value: int constant } => constant,
                _ => (int?)null,
            };
            if (size is null || length is not null && length != size)
            {
                return null;
            }

            length = size;
        }

        return length;
    }
}
