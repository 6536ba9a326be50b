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
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// <c>e[k]</c> at a constant index of a local scratch buffer every write of which stores an exp
    /// (<c>e[c] = MathF.Exp(x[c])</c>), and whose every allocation has a constant length.
    /// </summary>
    private bool IsExpSlot(IOperation term) =>
        SlotOf(term) is not null && ConstantIndex(term) is not null && RootOf(Unwrap(term)!) is ILocalSymbol root && ScratchLength(root) is not null
        && ElementWritesInto(root).ToList() is { Count: > 0 } writes
        && writes.All(write => ExpOperand(Unwrap(write.Value)) is not null);

    /// <summary>
    /// True when every scratch buffer read by the slot terms among <paramref name="terms"/> is read at each of its
    /// indices exactly once: the sum covers the buffer's whole axis.
    /// </summary>
    private bool CoversWholeScratchBuffers(List<IOperation> terms)
    {
        foreach (var group in terms.Where(term => SlotOf(term) is not null && ConstantIndex(term) is not null).GroupBy(term => RootOf(Unwrap(term)!), SymbolEqualityComparer.Default))
        {
            var indices = group.Select(term => ConstantIndex(term)!.Value).ToList();
            if (group.Key is not ILocalSymbol root || ScratchLength(root) is not { } length
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
    /// The axes an unrolled sum folds: the dimension of each scratch buffer whose slots it adds, as its fill loop writes
    /// it (<c>e[c] = Exp(x[r][c])</c> makes <c>e</c>'s axis the class axis of <c>x</c>); empty for scalar terms.
    /// </summary>
    private ImmutableHashSet<DimensionAtom> ScratchAxes(List<IOperation> terms)
    {
        var atoms = ImmutableHashSet<DimensionAtom>.Empty;
        foreach (var root in terms.Where(IsExpSlot).Select(term => RootOf(Unwrap(term)!)).Distinct(SymbolEqualityComparer.Default))
        {
            foreach (var write in ElementWritesInto(root))
            {
                atoms = atoms.Union(ElementDims(write.Target).Values.SelectMany(dims => dims));
            }
        }

        return atoms;
    }

    /// <summary>The one constant index of a rank-1 element read, or null.</summary>
    private static int? ConstantIndex(IOperation term) => Unwrap(term) switch
    {
        IArrayElementReferenceOperation { Indices.Length: 1 } element => AsInt(element.Indices[0]),
        IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer => AsInt(indexer.Arguments[0].Value),
        _ => null,
    };

    private static int? AsInt(IOperation index) =>
        Unwrap(index)!.ConstantValue is { HasValue: true, Value: int value } ? value : null;

    /// <summary>The length of a local buffer every allocation of which has the same constant length (<c>new float[2]</c>, <c>stackalloc float[2]</c>), or null.</summary>
    private int? ScratchLength(ILocalSymbol root)
    {
        var allocations = Allocations(root);
        int? length = null;
        foreach (var write in allocations)
        {
            var value = WritesOf(root).FirstOrDefault(candidate => candidate.Operation == write).Value;
            var size = Unwrap(value) switch
            {
                IArrayCreationOperation { DimensionSizes.Length: 1 } array => AsInt(array.DimensionSizes[0]),
                { Syntax: StackAllocArrayCreationExpressionSyntax { Type: ArrayTypeSyntax { RankSpecifiers: [{ Sizes: [var sizeSyntax] }] } } } stack
                    when stack.SemanticModel?.GetConstantValue(sizeSyntax, _cancellationToken) is { HasValue: true, Value: int constant } => constant,
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
