using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A fold of folds: <c>shared = MathF.Max(shared, local)</c> where <c>local</c> is itself a max (a row's, a chunk's,
/// a thread's), or an element of a buffer of such maxima (<c>shift = MathF.Max(shift, imageMax[n])</c>), or <c>total += rowSum</c>
/// (also a tile's sum moved to the running max, <c>l = l * exp(mOld - m) + tileSum * exp(tileMax - m)</c>). The outer fold spans what the inner one folded plus the dimensions the
/// inner fold's elements vary over in every loop the outer fold carries across (a <c>Parallel.For</c> lambda over
/// rows, a row loop): a maximum of per-row maxima, kept across rows, is the maximum of the batch.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// When <paramref name="value"/> (what is folded into <paramref name="target"/>) is a fold of the same kind kept in
    /// another variable: that fold, and the dimensions of its own folded elements (loop → atoms); null otherwise.
    /// </summary>
    private (Reduction Inner, ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>> Dims)? NestedFold(ISymbol target, ReductionKind kind, IOperation value)
    {
        // l = l * exp(mOld - m) + tileSum * exp(tileMax - m): a partial sum moved to the running max is still that sum.
        if (kind == ReductionKind.Sum && RescaledTerm(value, target) is { } rescaled && IsRestartedByALoop(target, value))
        {
            value = rescaled;
        }
        else if (kind == ReductionKind.Sum && PartialSums(value) is { } partials && NestedFoldOfPartials(target, partials) is { } merged)
        {
            return merged;
        }

        // float t = rowSum; total += t: the temporary stands for the fold it copies.
        if (VariableOf(value) is ILocalSymbol copy && WritesOf(copy) is { Count: 1 } copies && copies[0].Operation is IVariableDeclaratorOperation
            && copies[0].Value is { } copied && VariableOf(copied) is ILocalSymbol)
        {
            value = Unwrap(copied)!;
        }

        value = Unwrap(value)!;

        // The inner fold is an accumulator local, or an element of a buffer of per-slice folds (imageMax[n], folded per n),
        // read by index or as the variable of a foreach over the whole buffer (foreach (var v in imageMax)).
        var walked = WalkedFoldBuffer(value);
        var element = walked is not null || IsElementAccess(value);
        var inner = walked ?? (IsElementAccess(value) ? RootOf(value) : VariableOf(value) as ILocalSymbol);
        if (inner is null || SymbolEqualityComparer.Default.Equals(inner, target) || (!element && !IsAccumulator(inner))
            || (walked is not null ? TargetReduction(walked, elementTarget: true, value) : ReductionAt(value, value)) is not { } reduction
            || reduction.Kind != kind || reduction.Atoms.IsEmpty
            || (element && !FoldedElementReaches(inner, value)))
        {
            return null;
        }

        // The elements the inner fold reads, where they are read (its own loop, or a local function it was moved to),
        // also through the locals it folds (t = y[r][c]; rowSum += t).
        var dims = StableKeys.Map<ImmutableHashSet<DimensionAtom>>();
        var visited = new HashSet<ISymbol>(SymbolEqualityComparer.Default) { inner };
        foreach (var fold in reduction.Folds)
        {
            dims = FoldedElementDims(fold, dims, visited, depth: 0);
        }

        return (reduction, dims);
    }

    /// <summary>
    /// True when some fold into the buffer <paramref name="root"/> (<c>t[i, j] += x[s, i, j]</c>) reaches the element
    /// read <paramref name="read"/>: a plain write of that same element on every path in between
    /// (<c>t[i, j] = Exp(t[i, j] - m); z += t[i, j]</c>, also with the index in a temporary, <see cref="SameElement"/>)
    /// replaces the folded value, so the read is no fold of folds.
    /// </summary>
    private bool FoldedElementReaches(ISymbol root, IOperation read)
    {
        // A foreach variable reads every element: any plain write into the buffer may replace the one it reads.
        var wholeWalk = !IsElementAccess(read);
        var writes = ElementWritesInto(root).ToList();
        var kills = writes
            .Where(write => write.Operation is ISimpleAssignmentOperation && (wholeWalk || SameValue(write.Target, read) || SameElement(write.Target, read))
                && Accumulation(root, write.Operation, write.Value) is null)
            .Select(write => write.Operation)
            .ToList();
        return kills.Count == 0
            || writes.Any(write => Accumulation(root, write.Operation, write.Value) is not null && Flow.Reaches(write.Operation, read, kills));
    }

    private const int MaxFoldedLocalDepth = 3;

    private ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>> FoldedElementDims(
        IOperation operation, ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>> dims, HashSet<ISymbol> visited, int depth)
    {
        foreach (var read in operation.DescendantsAndSelf())
        {
            if (IsElementAccess(read))
            {
                dims = ValueFacts.MergeDims(dims, Eval(read).Dims);
            }
            else if (depth < MaxFoldedLocalDepth && read is ILocalReferenceOperation local && visited.Add(local.Local))
            {
                foreach (var value in VariableValuesOf(local.Local))
                {
                    dims = FoldedElementDims(value, dims, visited, depth + 1);
                }
            }
        }

        return dims;
    }

    /// <summary>
    /// The rescaled operand of <c>part * exp(a - b)</c> (either order, or <c>part / exp(b - a)</c>; the exp also through
    /// a local assigned once, <see cref="IsExpFactor"/>): a flash-style merge adds a tile's sum shifted by its own max,
    /// moved to the running max by that factor. Null for any other value, and for a factor that reads
    /// <paramref name="target"/> (the running sum's own rescale).
    /// </summary>
    private IOperation? RescaledTerm(IOperation value, ISymbol target) => Unwrap(value) switch
    {
        IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } product when IsExpFactor(product.RightOperand, target)
            && !IsExpFactor(product.LeftOperand, target) => product.LeftOperand,
        IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } product when IsExpFactor(product.LeftOperand, target)
            && !IsExpFactor(product.RightOperand, target) => product.RightOperand,
        IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } quotient when IsExpFactor(quotient.RightOperand, target) => quotient.LeftOperand,
        _ => null,
    };

    /// <summary>
    /// True when <paramref name="target"/> is a local declared inside a loop around <paramref name="at"/> (a running sum
    /// restarted per query). A merged sum kept across every loop is one whole walk's (chunks of one flat buffer): its
    /// tile sums are not read as nested folds, which would make it a whole-buffer softmax judged beside its tile maxima.
    /// </summary>
    private bool IsRestartedByALoop(ISymbol target, IOperation at) =>
        target is ILocalSymbol local && EnclosingLoops(at).Any(loop => loop is ILoopOperation { Body: var body }
            && local.DeclaringSyntaxReferences.Any(reference => reference.SyntaxTree == body.Syntax.SyntaxTree && body.Syntax.Span.Contains(reference.Span)));

    /// <summary>
    /// The one-dimensional buffer a <c>foreach</c> variable walks whole (<c>foreach (var v in imageMax)</c>, the collection
    /// a local, parameter or field of array or span type): each value is one element, as <c>imageMax[n]</c> is; else null.
    /// </summary>
    private ISymbol? WalkedFoldBuffer(IOperation value) =>
        value is ILocalReferenceOperation { Local: var local } && ForEachOf(local) is { } forEach
        && VariableOf(forEach.Collection) is { } root
        && Unwrap(forEach.Collection)!.Type is IArrayTypeSymbol { Rank: 1 } or INamedTypeSymbol { Name: "Span" or "ReadOnlySpan" }
        && WellKnownSymbols.IsNumeric(local.Type) && EvalView(forEach.Collection) is { ElementIsRow: false }
            ? root
            : null;
}
