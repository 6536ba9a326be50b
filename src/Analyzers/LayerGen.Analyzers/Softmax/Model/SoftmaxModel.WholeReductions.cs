using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>One call folding a whole view: <c>x.Max()</c>, <c>x.Sum(sel)</c>, <c>Aggregate</c>, <c>TensorPrimitives.Max/Sum</c>.</summary>
internal sealed partial class SoftmaxModel
{
    private ReductionKind? WholeReductionKind(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (Symbols.IsEnumerable(method, "Max") || (Symbols.IsTensorLibrary(method, "Max") && invocation.Arguments.Length == 1))
        {
            return ReductionKind.Max;
        }

        if (Symbols.IsEnumerable(method, "Sum") || (Symbols.IsTensorLibrary(method, "Sum") && invocation.Arguments.Length == 1))
        {
            return ReductionKind.Sum;
        }

        if (Symbols.IsEnumerable(method, "Min") || (Symbols.IsTensorLibrary(method, "Min") && invocation.Arguments.Length == 1))
        {
            return ReductionKind.Min;
        }

        // x.MaxBy(c => c.Score): the fold of the keys, read through the chosen element's key (KeyedExtremums.cs).
        return KeyedExtremumKind(invocation);
    }

    /// <summary>
    /// <c>x.Aggregate(seed, Math.Max)</c>, <c>x.Aggregate(seed, (m, v) =&gt; Math.Max(m, f(v)))</c>, <c>(s, v) =&gt; s + f(v)</c>,
    /// <c>(a, b) =&gt; a &gt; b ? a : b</c>, with or without a seed: a max, min or sum fold, with what it folds per element
    /// (null: the element itself).
    /// </summary>
    private (ReductionKind Kind, IOperation? Folded)? AggregateFold(IInvocationOperation invocation)
    {
        if (!IsAggregateCall(invocation) || invocation.Arguments.Length is not (2 or 3))
        {
            return null;
        }

        var func = Unwrap(invocation.Arguments[invocation.Arguments.Length - 1].Value);
        while (func is IDelegateCreationOperation creation)
        {
            func = Unwrap(creation.Target);
        }

        // x.Aggregate(seed, _fold) with a delegate local or member of one known value (DelegateMembers.cs).
        func = PastDelegateCreation(KnownDelegateValue(func)) ?? func;
        if (func is IMethodReferenceOperation reference)
        {
            return Symbols.IsScalarMax(reference.Method) ? (ReductionKind.Max, null) : Symbols.IsScalarMin(reference.Method) ? (ReductionKind.Min, null) : null;
        }

        if (func is not IAnonymousFunctionOperation { Symbol.Parameters.Length: 2 } lambda
            || lambda.Body.Operations.Length != 1 || lambda.Body.Operations[0] is not IReturnOperation { ReturnedValue: { } returned })
        {
            return null;
        }

        var accumulator = lambda.Symbol.Parameters[0];
        bool IsAccumulator(IOperation operand) => Unwrap(operand) is IParameterReferenceOperation read && SymbolEqualityComparer.Default.Equals(read.Parameter, accumulator);
        IOperation? Other(IOperation left, IOperation right) =>
            IsAccumulator(left) && !References(right, accumulator) ? right : IsAccumulator(right) && !References(left, accumulator) ? left : null;
        switch (Unwrap(returned))
        {
            case IInvocationOperation { Arguments.Length: 2 } extremum when (Symbols.IsScalarMax(extremum.TargetMethod) || Symbols.IsScalarMin(extremum.TargetMethod))
                && Other(extremum.Arguments[0].Value, extremum.Arguments[1].Value) is { } folded:
                return (Symbols.IsScalarMax(extremum.TargetMethod) ? ReductionKind.Max : ReductionKind.Min, folded);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add when Other(add.LeftOperand, add.RightOperand) is { } added:
                return (ReductionKind.Sum, added);
            case IConditionalOperation { Condition: IBinaryOperation comparison, WhenFalse: { } whenFalse } ternary
                when comparison.OperatorKind is BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual or BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual
                && Other(comparison.LeftOperand, comparison.RightOperand) is { } compared:
                // a > b ? a : b keeps the larger: a max.
                var greater = comparison.OperatorKind is BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual;
                var (larger, smaller) = greater ? (comparison.LeftOperand, comparison.RightOperand) : (comparison.RightOperand, comparison.LeftOperand);
                return SameValue(ternary.WhenTrue, larger) && SameValue(whenFalse, smaller) ? (ReductionKind.Max, compared)
                    : SameValue(ternary.WhenTrue, smaller) && SameValue(whenFalse, larger) ? (ReductionKind.Min, compared) : null;
            case IInvocationOperation { Arguments.Length: 3 } inner when IsAccumulator(inner.Arguments[1].Value)
                && !References(inner.Arguments[0].Value, accumulator) && !References(inner.Arguments[2].Value, accumulator)
                && AggregateFold(inner) is { Kind: var innerKind }:
                // (acc, row) => row.Aggregate(acc, Math.Max): the inner fold carries the outer accumulator on, so the
                // whole call folds every row's elements, as (acc, row) => Math.Max(acc, row.Max()) does.
                return (innerKind, inner);
            default:
                return null;
        }
    }

    /// <summary><c>x.Max()</c>, <c>x.Sum(sel)</c>, <c>x.Max(r =&gt; r.Max())</c>, <c>TensorPrimitives.Sum(row)</c>: one call folding a view.</summary>
    private WholeReductionInfo? WholeReduction(IInvocationOperation invocation)
    {
        if (AggregateFold(invocation) is { } aggregate)
        {
            return AggregateReduction(invocation, aggregate.Kind, aggregate.Folded);
        }

        // A user type's own fold of its storage (x.Map(f).Sum() with Sum() => Values.Sum()) folds the instance (UserStorageFolds.cs).
        var storageFold = WholeReductionKind(invocation) is null ? UserStorageFold(invocation) : null;
        if ((WholeReductionKind(invocation) ?? storageFold) is not { } kind)
        {
            return CalleeReturnedReduction(invocation);
        }

        var receiver = invocation.Instance ?? (invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);
        if ((storageFold is null ? EvalView(receiver) : ContainerView(receiver)) is not { } view)
        {
            return null;
        }

        var lambda = LambdaArgument(invocation);
        ImmutableHashSet<DimensionAtom> atoms;
        ValueFacts elements;
        if (lambda is not null)
        {
            atoms = view.IteratedAtoms(all: view.Flattened || view.Layout == BufferLayout.Rectangular);
            elements = ReturnedFacts(lambda);

            // Enumerable.Range(0, n).Sum(i => e[i, j]): the lambda's index is a loop; it folds the dimensions it indexes.
            var indexRange = view is { Layout: BufferLayout.Sequence, Root: null, Source: null }
                && lambda.Symbol.Parameters.Length == 1
                && IndexParameterLoop(lambda.Symbol.Parameters[0]) == lambda;
            if (indexRange && elements.Dims.TryGetValue(lambda, out var indexed))
            {
                atoms = atoms.Union(indexed);
            }
            foreach (var nested in lambda.Body.DescendantsAndSelf().OfType<IInvocationOperation>())
            {
                if (nested != invocation && WholeReduction(nested) is { } inner && inner.Kind == kind)
                {
                    // x.Sum(row => row.Sum()): a fold of folds folds their elements too, and the rows this fold's
                    // iteration picks (Range(0, n).Max(u => x[u].Max()) walks x's rows by index).
                    atoms = atoms.Union(inner.Atoms).Union(PickedBy(inner, lambda));
                    elements = elements.Merge(inner.Elements);

                    // Range(0, rows).Sum(i => Range(0, cols).Sum(j => e[i, j])): the inner fold's elements also vary with i.
                    if (indexRange && LambdaArgument(nested) is { } innerLambda && ReturnedFacts(innerLambda).Dims.TryGetValue(lambda, out var viaInner))
                    {
                        atoms = atoms.Union(viaInner);
                        elements = elements.Merge(inner.Elements);
                    }
                }
            }
        }
        else
        {
            atoms = view.IteratedAtoms(all: true);
            elements = IteratedElement(view, invocation) ?? ValueFacts.Empty;
            if (invocation.Arguments.Length == 2 && LogitHelperSelector(SelectorOf(invocation)) is { } helper)
            {
                // x.Max(Utility): the helper of each element (ArithmeticHelpers.cs).
                elements = ApplyArithmeticHelper(helper, new[] { elements }) ?? ValueFacts.Opaque();
            }

            if (FoldOfMappedFolds(view, kind) is { } folds)
            {
                // rows.Select(r => r.Sum(f)).Sum(): every row's elements.
                atoms = atoms.Union(folds.Atoms);
                elements = elements.Merge(folds.Elements);
            }
        }

        foreach (var atom in atoms)
        {
            Classes.Add(atom);
        }

        // logits[0].Max(), x[j].Max() with j a parameter, Range(0, n).Max(c => x[0, c]): one fixed row's maximum, stale
        // for every other row (FixedRows.cs).
        var pinned = kind is ReductionKind.Max or ReductionKind.Min && storageFold is null ? FixedRowAtoms(receiver).Union(IndexRangePinnedAtoms(view, lambda)) : null;
        return new WholeReductionInfo(kind, atoms, elements.WithoutDims(), view.FixedDims, staleAtoms: pinned);
    }

    /// <summary>An <c>Aggregate</c> fold: like <c>x.Max(v =&gt; folded)</c>, with nested folds of the same kind (<c>row.Max()</c>) widening it.</summary>
    private WholeReductionInfo? AggregateReduction(IInvocationOperation invocation, ReductionKind kind, IOperation? folded)
    {
        if (EvalView(invocation.Arguments[0].Value) is not { } view)
        {
            return null;
        }

        var atoms = view.IteratedAtoms(all: folded is null || view.Flattened || view.Layout == BufferLayout.Rectangular);
        var elements = folded is null ? IteratedElement(view, invocation) ?? ValueFacts.Empty : Eval(folded);
        if ((folded is null || IsAggregateElement(invocation, folded)) && FoldOfMappedFolds(view, kind) is { } folds)
        {
            // rows.Select(r => r.Sum(f)).Aggregate((a, b) => a + b): every row's elements.
            atoms = atoms.Union(folds.Atoms);
            elements = elements.Merge(folds.Elements);
        }

        if (folded is not null)
        {
            foreach (var nested in folded.DescendantsAndSelf().OfType<IInvocationOperation>())
            {
                if (WholeReduction(nested) is { } inner && inner.Kind == kind)
                {
                    atoms = atoms.Union(inner.Atoms);
                    elements = elements.Merge(inner.Elements);
                    if (LambdaArgument(invocation) is { } func)
                    {
                        atoms = atoms.Union(PickedBy(inner, func));
                    }
                }
            }
        }

        foreach (var atom in atoms)
        {
            Classes.Add(atom);
        }

        return new WholeReductionInfo(kind, atoms, elements.WithoutDims(), view.FixedDims);
    }

    /// <summary>The dimensions <paramref name="loop"/> (a fold's lambda) picks of the view a nested fold folds: <c>x[u]</c> in <c>u =&gt; x[u].Max()</c>.</summary>
    private static IEnumerable<DimensionAtom> PickedBy(WholeReductionInfo nested, IOperation loop) =>
        nested.FixedDims.TryGetValue(loop, out var picked) ? picked : Enumerable.Empty<DimensionAtom>();

    /// <summary>True when <paramref name="folded"/> is the element parameter of the <c>Aggregate</c> lambda itself (<c>(a, b) =&gt; a + b</c>).</summary>
    private static bool IsAggregateElement(IInvocationOperation invocation, IOperation folded) =>
        Unwrap(folded) is IParameterReferenceOperation { Parameter: { Ordinal: 1 } parameter }
        && LambdaArgument(invocation) is { } lambda && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, lambda.Symbol);

    private sealed class WholeReductionInfo
    {
        public WholeReductionInfo(
            ReductionKind kind,
            ImmutableHashSet<DimensionAtom> atoms,
            ValueFacts elements,
            ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>> fixedDims,
            ImmutableArray<IOperation> folds = default,
            ImmutableHashSet<DimensionAtom>? staleAtoms = null,
            ImmutableDictionary<DimensionAtom, string>? extents = null)
        {
            Extents = extents ?? ImmutableDictionary<DimensionAtom, string>.Empty;
            Kind = kind;
            Atoms = atoms;
            Elements = elements;
            FixedDims = fixedDims;
            Folds = folds;
            StaleAtoms = staleAtoms ?? ImmutableHashSet<DimensionAtom>.Empty;
        }

        public ReductionKind Kind { get; }

        public ImmutableHashSet<DimensionAtom> Atoms { get; }

        public ValueFacts Elements { get; }

        /// <summary>Loops that picked the folded view (<c>i</c> in <c>x[i].Max()</c>).</summary>
        public ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>> FixedDims { get; }

        /// <summary>For a helper's max, the helper's fold statements; default for a call that folds by itself.</summary>
        public ImmutableArray<IOperation> Folds { get; }

        /// <summary>For a helper's max, the dimensions the helper computed it for one slice of.</summary>
        public ImmutableHashSet<DimensionAtom> StaleAtoms { get; }

        /// <summary>For a helper's max, the bounds of the loops that walk its dimensions, in the caller's terms (see <see cref="Reduction.Extents"/>).</summary>
        public ImmutableDictionary<DimensionAtom, string> Extents { get; }

        /// <summary>The fold statements, or <paramref name="call"/> when the call folds by itself.</summary>
        public ImmutableArray<IOperation> FoldsOr(IOperation call) => Folds.IsDefault ? ImmutableArray.Create(call) : Folds;
    }
}
