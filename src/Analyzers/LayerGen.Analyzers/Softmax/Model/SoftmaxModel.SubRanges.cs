using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Sub-ranges of one row: a softmax over a part of a row (<c>[from, from + count)</c>, a prefix <c>[0, classes)</c>
/// beside a part past it, one half <c>h * half + k</c>, a sub-view <c>row.Slice(from, count)</c> / <c>pair[..n]</c>)
/// shifted by a maximum folded over the whole row. Both walk one dimension (the same axis), so the extents decide; a
/// bound read from a buffer (<c>GetLength</c>, <c>Length</c>) is unknown there. Here the maximum's walk is known to be
/// whole — from 0 to the length of the very dimension (or span view) it reads, or a <c>foreach</c> over it — and the
/// site itself shows that its exps walk a strict part of that dimension: their index carries an offset
/// (<c>from + k</c>, <c>h * half + k</c>, a start <c>i = from</c>) or they read a slice of the maximum's view. A bound
/// that is merely a count (<c>k &lt; classes</c>) is not evidence (real code passes the row width as a count; a masked
/// fold bounds its maximum by <c>lengths[r]</c> inside the loop). The maximum then spans the slice and the rest of its
/// row (LG0001), not another part of the axis (LG0004).
/// </summary>
internal sealed partial class SoftmaxModel
{
    private const int MaxLengthDepth = 4;

    /// <summary>True when <paramref name="max"/> walks a whole row of which the site's exps and sum walk a part (see the type remarks).</summary>
    private bool MaxWalksWholeRowAroundSubRange(SoftmaxSite site, SiteAxes axes, Reduction max)
    {
        if (max.Folds.IsEmpty || site.Sum.Folds.IsEmpty)
        {
            return false;
        }

        foreach (var fold in max.Folds)
        {
            foreach (var access in fold.DescendantsAndSelf().Where(read => IsElementAccess(read) || read is ILocalReferenceOperation { Local: var walked } && ForEachOf(walked) is not null))
            {
                var read = Eval(access).Dims;
                foreach (var loop in EnclosingLoops(fold))
                {
                    if (!read.TryGetValue(loop, out var walked) || walked.IsEmpty || !axes.Sum.IsSupersetOf(Classes.Classes(walked))
                        || WholeWalk(loop, access, walked) is not var (wholeView, _))
                    {
                        continue;
                    }

                    if (SumWalksPartOf(site, Classes.Classes(walked), loop, access, wholeView))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>
    /// When <paramref name="loop"/> walks the whole dimension <paramref name="walked"/> that <paramref name="access"/>
    /// reads: the span view it walks whole (null for an array dimension) and the bound (null for a <c>foreach</c>).
    /// Null when the walk is not certainly whole.
    /// </summary>
    private (ISymbol? View, IOperation? Bound)? WholeWalk(IOperation loop, IOperation access, System.Collections.Immutable.ImmutableHashSet<DimensionAtom> walked)
    {
        if (loop is IForEachLoopOperation forEach)
        {
            // foreach (var v in pair): every element of the span view pair, whatever part of a buffer pair is.
            var collection = Unwrap(forEach.Collection);
            if (!IsIndexWalk(forEach) && collection is not null && EvalView(collection) is { Layout: BufferLayout.Flat } && ViewSymbol(collection) is { } walkedView)
            {
                return (walkedView, null);
            }

            return WalksWholeCollection(forEach) ? (null, null) : null;
        }

        if (UpperBoundFromZero(loop) is not { } bound)
        {
            return null;
        }

        if (walked.Any(atom => IsWholeLength(bound, atom, 0)))
        {
            return (null, bound);
        }

        // row[i] for i < row.Length: the whole of the span view row (its own length, whatever part of a buffer it is).
        return ElementInstance(access) is { } instance && ViewSymbol(instance) is { } view && LengthOfSymbol(bound, 0) is { } measured
            && SymbolEqualityComparer.Default.Equals(measured, view) && EvalView(instance) is { Layout: BufferLayout.Flat }
            ? (view, bound)
            : null;
    }

    /// <summary>
    /// True when the site itself shows that its exps walk a strict part of the dimension classes
    /// <paramref name="dimension"/>: they read a slice of the view the maximum walks whole (<c>pair[..n]</c>,
    /// <c>row.Slice(from, count)</c>), a batch loop moves them along it (<c>h * half + k</c>), their sum-folded walk
    /// starts past 0 (<c>i = from</c>), or their index along it carries an offset the maximum's index does not
    /// (<c>from + k</c>). A bound alone (<c>k &lt; classes</c>) is no evidence: real code passes the row width as a
    /// count, and a masked fold may bound the maximum the same way (<c>t &lt; lengths[r]</c>).
    /// </summary>
    private bool SumWalksPartOf(SoftmaxSite site, HashSet<DimensionAtom> dimension, IOperation maxLoop, IOperation maxAccess, ISymbol? wholeView)
    {
        var batchLoops = BatchLoops(site);
        var maxReads = Eval(maxAccess).Dims;
        var maxOffset = LoopVariable(maxLoop) is { } maxVariable ? OffsetText(maxAccess, maxVariable) : null;
        foreach (var exp in site.Exps)
        {
            // A max over a span view: the exps read that view or a slice of it (another view of the buffer may be
            // exactly the slice).
            var readsSlice = wholeView is not null && ReadsSliceOf(exp, wholeView);
            if (wholeView is not null && !readsSlice && !ReadsView(exp, wholeView))
            {
                continue;
            }

            var dims = ExpArgument(exp).Dims;

            // An exp inside the very loop that makes the max whole (tile * T + k, start..end per tile) walks the same
            // union of tiles: the max merged over them covers what the merged sums cover.
            if (dims.ContainsKey(maxLoop))
            {
                continue;
            }

            var along = dims.Where(pair => pair.Key != maxLoop && !pair.Value.IsEmpty && dimension.IsSupersetOf(Classes.Classes(pair.Value))).Select(pair => pair.Key).ToList();
            // The exps' own walks along the dimension: those around a sum fold of the site, or any other walk of an exp
            // the site sums (an inlined helper's second call sits in a loop of its own beside the first's fold).
            var folded = along.Where(loop => !batchLoops.Contains(loop)).ToList();
            if (folded.Count == 0)
            {
                continue;
            }

            // raw[a, h * half + k]: the batch loop h moves the slice along the row the max walks whole. A batch loop the
            // max's own index follows (a sliding window scores.Slice(k, w), a row r of both) moves the max with the slice.
            if (readsSlice || along.Any(loop => batchLoops.Contains(loop) && !maxReads.ContainsKey(loop)))
            {
                return true;
            }

            if (folded.Any(loop => StartsPastZero(loop)
                || LoopVariable(loop) is { } variable && exp.DescendantsAndSelf().Where(IsElementAccess).Any(access => OffsetText(access, variable) is { } offset && offset != maxOffset)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the counted loop <paramref name="loop"/> starts at a value that is not a constant 0 or 1 (<c>i = from</c>) and steps by one.</summary>
    private bool StartsPastZero(IOperation loop) =>
        CountedLoopParts(loop) is var (start, step, _) && StartValue(start) is ({ } variable, { } value)
        && Unwrap(value) is { ConstantValue.HasValue: false } && !IsZeroOrOne(value) && UnitStep(step, variable) == 1;

    /// <summary>The induction variable of the counted loop <paramref name="loop"/>; null for other loops.</summary>
    private static ISymbol? LoopVariable(IOperation loop) =>
        CountedLoopParts(loop) is var (start, _, _) && StartValue(start) is ({ } variable, _) ? variable : null;

    /// <summary>
    /// The offset, as text, that an index of <paramref name="access"/> adds to <paramref name="variable"/>: <c>from</c> of
    /// <c>x[a, from + k]</c>, <c>h * half</c> of <c>x[h * half + k]</c> (through once-written locals); null when no
    /// index adds a term that is not a constant to the variable.
    /// </summary>
    private string? OffsetText(IOperation access, ISymbol variable)
    {
        var indices = access switch
        {
            IArrayElementReferenceOperation element => element.Indices,
            IPropertyReferenceOperation { Property.IsIndexer: true } indexer => indexer.Arguments.Select(argument => argument.Value).ToImmutableArray(),
            _ => ImmutableArray<IOperation>.Empty,
        };
        return indices.Select(index => Offset(index, variable, 0)).FirstOrDefault(offset => offset is not null);
    }

    /// <summary>The loop-free addend of <paramref name="index"/> beside <paramref name="variable"/> as text (see <see cref="OffsetText"/>).</summary>
    private string? Offset(IOperation? index, ISymbol variable, int depth)
    {
        var current = Unwrap(index);
        if (depth > MaxLengthDepth || current is null)
        {
            return null;
        }

        if (current is ILocalReferenceOperation { Local: var local } && !SymbolEqualityComparer.Default.Equals(local, variable))
        {
            return Resolved(current, depth) is { } definition && definition != current ? Offset(definition, variable, depth + 1) : null;
        }

        if (current is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add)
        {
            return null;
        }

        var left = ReadsIndexVariable(add.LeftOperand, variable, depth);
        var right = ReadsIndexVariable(add.RightOperand, variable, depth);
        var term = (left, right) switch
        {
            (true, false) => add.RightOperand,
            (false, true) => add.LeftOperand,
            _ => null,
        };
        if (term is null)
        {
            return left && right ? Offset(add.LeftOperand, variable, depth + 1) ?? Offset(add.RightOperand, variable, depth + 1) : null;
        }

        // A constant addend (x[k + 1]) often pairs with a shifted start (k = -1): only a variable offset is evidence.
        return Resolved(term, depth) is { ConstantValue.HasValue: false } resolved
            ? string.Concat(resolved.Syntax.ToString().Where(c => !char.IsWhiteSpace(c)))
            : null;
    }

    /// <summary>True when <paramref name="operation"/> reads <paramref name="variable"/>, directly or through once-written locals.</summary>
    private bool ReadsIndexVariable(IOperation operation, ISymbol variable, int depth) =>
        depth <= MaxLengthDepth && operation.DescendantsAndSelf().Any(read => read is ILocalReferenceOperation { Local: var local }
            && (SymbolEqualityComparer.Default.Equals(local, variable)
                || Resolved(read, depth) is { } definition && definition != read && ReadsIndexVariable(definition, variable, depth + 1)));

    /// <summary>True when <paramref name="exp"/> reads <paramref name="view"/> itself.</summary>
    private static bool ReadsView(IOperation exp, ISymbol view) =>
        exp.DescendantsAndSelf().Where(IsElementAccess).Any(access => ElementInstance(access) is { } instance && ViewSymbol(instance) is { } read
            && SymbolEqualityComparer.Default.Equals(read, view));

    /// <summary>True when <paramref name="exp"/> reads a local defined as a slice of <paramref name="view"/>.</summary>
    private bool ReadsSliceOf(IOperation exp, ISymbol view) =>
        exp.DescendantsAndSelf().Where(IsElementAccess).Any(access => ElementInstance(access) is { } instance && ViewSymbol(instance) is { } read
            && IsSliceOf(read, view, 0));

    /// <summary>True when the local <paramref name="read"/> is defined once as a slice of <paramref name="view"/> (<c>view.Slice(a, n)</c>, <c>view[..n]</c>, <c>view[a..b]</c>).</summary>
    private bool IsSliceOf(ISymbol read, ISymbol view, int depth)
    {
        if (depth > MaxLengthDepth || read is not ILocalSymbol local || WritesOf(local) is not { Count: 1 } writes || Unwrap(writes[0].Value) is not { } definition)
        {
            return false;
        }

        var source = definition switch
        {
            // A proper part: Slice(from, count) or Slice(from) past 0, x[..n], x[a..] (not the whole x[..]).
            IInvocationOperation { TargetMethod.Name: "Slice", Instance: { } instance, Arguments: [var first, ..] } call
                when call.Arguments.Length > 1 || Unwrap(first.Value) is not { ConstantValue: { HasValue: true, Value: 0 } } => instance,
            IImplicitIndexerReferenceOperation { Instance: var instance, Argument: IRangeOperation range } when range.LeftOperand is not null || range.RightOperand is not null => instance,
            _ => null,
        };
        return source is not null && ViewSymbol(source) is { } parent
            && (SymbolEqualityComparer.Default.Equals(parent, view) || IsSliceOf(parent, view, depth + 1));
    }

    /// <summary>The buffer an element access indexes (<c>x</c> of <c>x[i]</c>, <c>x[i, j]</c>); null for other accesses.</summary>
    private static IOperation? ElementInstance(IOperation access) => access switch
    {
        IArrayElementReferenceOperation element => Unwrap(element.ArrayReference),
        IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } instance } => Unwrap(instance),
        _ => null,
    };

    /// <summary>The local or parameter <paramref name="operation"/> reads; null for anything else.</summary>
    private static ISymbol? ViewSymbol(IOperation? operation) => Unwrap(operation) switch
    {
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter,
        _ => null,
    };

    /// <summary>The span or array whose <c>Length</c> <paramref name="bound"/> is (through once-written locals); null otherwise.</summary>
    private ISymbol? LengthOfSymbol(IOperation bound, int depth) => Resolved(bound, depth) switch
    {
        IPropertyReferenceOperation { Property.Name: "Length", Instance: { } instance } => ViewSymbol(instance),
        _ => null,
    };

    /// <summary>True when <paramref name="bound"/>, through once-written locals, is the length of <paramref name="atom"/>'s dimension.</summary>
    private bool IsWholeLength(IOperation bound, DimensionAtom atom, int depth) =>
        Resolved(bound, depth) is { } resolved && IsLengthOf(resolved, atom);

    /// <summary><paramref name="operation"/> with once-written locals (<c>int n = x.GetLength(1)</c>) replaced by their definitions.</summary>
    private IOperation? Resolved(IOperation? operation, int depth)
    {
        var current = Unwrap(operation);
        for (var step = depth; step <= MaxLengthDepth && current is ILocalReferenceOperation { Local: var local }; step++)
        {
            if (InductionLoop(local, current) is not null || WritesOf(local) is not { Count: 1 } writes || writes[0].Operation is not IVariableDeclaratorOperation
                || Unwrap(writes[0].Value) is not { } definition)
            {
                break;
            }

            current = definition;
        }

        return current;
    }
}
