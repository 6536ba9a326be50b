using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Per-slice maxima and sums built by LINQ: <c>double[] maxes = rows.Select(row => row.Max()).ToArray()</c> (also
/// <c>ToList()</c>, <c>Select((row, i) => …)</c>, a block-bodied lambda returning the fold, <c>Array.ConvertAll(rows, row => row.Max())</c>). An element of such a
/// buffer (<c>maxes[i]</c>) is the fold of one slice: it folds what the lambda's reduction folds, the row's
/// dimension, not the rows themselves. A fold of the whole mapped sequence (<c>rows.Select(r =&gt; r.Sum(f)).Sum()</c>,
/// <c>Aggregate</c>, <c>Sum()</c> of the materialised array) is a fold of folds: it folds every row's elements.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The reduction each element of a LINQ-mapped buffer holds, read at <paramref name="element"/> (or, for the buffer
    /// itself, at any one element, as a <c>Zip</c> pairs them); else null.
    /// </summary>
    private Reduction? MappedReduction(IOperation element)
    {
        var buffer = element switch
        {
            IArrayElementReferenceOperation array => array.ArrayReference,
            IPropertyReferenceOperation { Property.IsIndexer: true } indexer => indexer.Instance,
            ILocalReferenceOperation => element,
            _ => null,
        };
        if (VariableOf(buffer) is not ILocalSymbol local || WritesOf(local) is not { Count: 1 } writes || MappingLambda(writes[0].Value) is not { } lambda)
        {
            return null;
        }

        if ((MappedFold(lambda) ?? MappedOffsetMaximum(lambda)) is not { } mapped)
        {
            return null;
        }

        var whole = mapped.Info;
        return new Reduction(whole.Kind, local.Name, whole.Atoms, whole.FoldsOr(mapped.Fold), whole.Elements, isPartial: false, whole.StaleAtoms, isInline: false);
    }

    /// <summary>
    /// The fold a mapping lambda returns for each element (<c>row =&gt; row.Sum(v =&gt; Math.Exp(v - m))</c>, one
    /// <c>return</c> of the lambda itself; the returns of lambdas nested in it do not count); else null.
    /// </summary>
    private (IInvocationOperation Fold, WholeReductionInfo Info)? MappedFold(IAnonymousFunctionOperation lambda)
    {
        var returns = lambda.Body.Descendants().OfType<IReturnOperation>().Where(ret => EnclosingLambda(ret) == lambda).ToList();
        return returns.Count == 1 && Unwrap(returns[0].ReturnedValue) is IInvocationOperation fold && WholeReduction(fold) is { } whole ? (fold, whole) : null;
    }

    /// <summary>
    /// A fold over a sequence whose elements are folds of the same kind (<c>rows.Select(r =&gt; r.Sum(f)).Sum()</c>):
    /// the inner fold's dimensions and elements, plus the dimensions its elements vary over with the mapped element
    /// (<c>Range(0, rows).Select(r =&gt; Range(0, cols).Sum(j =&gt; e[r * cols + j]))</c> walks the rows too); else null.
    /// </summary>
    private (ImmutableHashSet<DimensionAtom> Atoms, ValueFacts Elements)? FoldOfMappedFolds(BufferView view, ReductionKind kind)
    {
        if (view is not { Layout: BufferLayout.Sequence, ElementRow: null, ElementLoop: IAnonymousFunctionOperation mapper }
            || MappedFold(mapper) is not { } mapped || mapped.Info.Kind != kind)
        {
            return null;
        }

        // Range(0, n).Select(u => x[u].Max()).Max(): the rows the mapping picks by index are folded too.
        var atoms = mapped.Info.Atoms.Union(PickedBy(mapped.Info, mapper));
        if (LambdaArgument(mapped.Fold) is { } inner && ReturnedFacts(inner).Dims.TryGetValue(mapper, out var perElement))
        {
            var roots = new HashSet<ISymbol>(atoms.Select(atom => atom.Root), SymbolEqualityComparer.Default);
            atoms = atoms.Union(perElement.Where(atom => roots.Contains(atom.Root)));
        }

        // Range(0, rows).Select(i => Range(0, cols).Select(c => x[i, c]).Max()).Max(): the folded sequence's elements vary
        // with the mapped index too (BufferView.IndexRanges.cs).
        var folded = mapped.Fold.Instance ?? (mapped.Fold.Arguments.Length > 0 ? mapped.Fold.Arguments[0].Value : null);
        if (LambdaArgument(mapped.Fold) is null && EvalView(folded) is { Layout: BufferLayout.Sequence, Elements: { } facts } && facts.Dims.TryGetValue(mapper, out var viaElements))
        {
            var roots = new HashSet<ISymbol>(atoms.Select(atom => atom.Root), SymbolEqualityComparer.Default);
            atoms = atoms.Union(viaElements.Where(atom => roots.Contains(atom.Root)));
        }

        return (atoms, mapped.Info.Elements);
    }

    /// <summary>
    /// The lambda of <c>source.Select(lambda)</c>, optionally followed by <c>ToArray()</c> or <c>ToList()</c>, or of
    /// <c>Array.ConvertAll(source, lambda)</c> / <c>list.ConvertAll(lambda)</c>.
    /// </summary>
    private IAnonymousFunctionOperation? MappingLambda(IOperation? value)
    {
        var call = Unwrap(value) as IInvocationOperation;
        if (call is { TargetMethod.Name: "ToArray" or "ToList" } materialise && (Symbols.IsEnumerable(materialise.TargetMethod, materialise.TargetMethod.Name) || IsListCopy(materialise)))
        {
            call = Unwrap(materialise.Instance ?? (materialise.Arguments.Length > 0 ? materialise.Arguments[0].Value : null)) as IInvocationOperation;
        }

        // Array.ConvertAll(x, f) and list.ConvertAll(f) are x.Select(f) copied (ListCopies.cs): the converter is the last argument.
        var isMap = call is not null && (Symbols.IsEnumerable(call.TargetMethod, "Select") && call.Arguments.Length == 2
            || IsConvertAll(call.TargetMethod) && call.Arguments.Length > 0);
        return isMap && Unwrap(SelectorOf(call!)) is IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda }
            ? lambda
            : null;
    }
}
