using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>Softmax sites: exps divided by a sum of exps.</summary>
internal sealed partial class SoftmaxModel
{
    private void FindSites()
    {
        var seen = new HashSet<IOperation>();
        foreach (var operation in _operations)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            switch (operation)
            {
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } divide:
                    TryAddSite(operation, divide.LeftOperand, divide.RightOperand, null, seen);
                    break;
                case ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Divide } compound:
                    TryAddSite(operation, compound.Target, compound.Value, compound.Target, seen);
                    break;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } multiply:
                    if ((ReciprocalDivisor(multiply.RightOperand) ?? ScaledReciprocalDivisor(multiply.RightOperand) ?? StoredReciprocalDivisor(multiply.RightOperand, operation)) is { } right)
                    {
                        TryAddSite(operation, multiply.LeftOperand, right, null, seen);
                    }
                    else if ((ReciprocalDivisor(multiply.LeftOperand) ?? ScaledReciprocalDivisor(multiply.LeftOperand) ?? StoredReciprocalDivisor(multiply.LeftOperand, operation)) is { } left)
                    {
                        TryAddSite(operation, multiply.RightOperand, left, null, seen);
                    }

                    break;
                case ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Multiply } scale
                    when (ReciprocalDivisor(scale.Value) ?? ScaledReciprocalDivisor(scale.Value) ?? StoredReciprocalDivisor(scale.Value, operation)) is { } divisor:
                    TryAddSite(operation, scale.Target, divisor, scale.Target, seen);
                    break;
                case IInvocationOperation helperCall when _hasExp && helperCall.Arguments.Length > 0 && !_isSummary && IsCandidateHelper(helperCall)
                    && HelperSyntaxHas(CalleeOf(helperCall), SyntaxKind.DivideExpression, SyntaxKind.DivideAssignmentExpression):
                    AddHelperNormalisationSites(helperCall, seen);
                    break;
                // Roulette-wheel sampling: acc >= u * total, r -= w[i] after r = u * total (SampledThresholds.cs).
                case IBinaryOperation comparison when IsOrderComparison(comparison.OperatorKind):
                    AddComparedThresholdSite(comparison, seen);
                    break;
                case ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Subtract } or ISimpleAssignmentOperation:
                    AddDrawnThresholdSite(operation, seen);
                    break;
                // TensorPrimitives.Divide(e, sum, y), Tensor.Divide(e, sum) and Tensor.Divide(e, sum, destination).
                case IInvocationOperation { Arguments.Length: 3 or 2 } call when Symbols.IsTensorLibrary(call.TargetMethod, "Divide")
                    && (call.Arguments.Length == 3 || Symbols.IsTensor(call.TargetMethod, "Divide"))
                    && !WellKnownSymbols.IsBuffer(call.Arguments[1].Value.Type):
                    if (IsSumOfExps(call.Arguments[1].Value) && EvalView(call.Arguments[0].Value) is { Root: not null } source && IteratedElement(source, call) is { } element)
                    {
                        TryAddSite(operation, element, call.Arguments[1].Value, null, seen);
                    }

                    break;
                // TensorPrimitives.Multiply(e, 1 / sum, y), Tensor.Multiply(e, 1 / sum): the library's reciprocal scaling,
                // read as the product e * (1 / sum) is.
                case IInvocationOperation { Arguments.Length: 3 or 2 } call when Symbols.IsTensorLibrary(call.TargetMethod, "Multiply")
                    && (call.Arguments.Length == 3 || Symbols.IsTensor(call.TargetMethod, "Multiply"))
                    && !WellKnownSymbols.IsBuffer(call.Arguments[1].Value.Type)
                    && (ReciprocalDivisor(call.Arguments[1].Value) ?? ScaledReciprocalDivisor(call.Arguments[1].Value)) is { } reciprocalOf:
                    if (IsSumOfExps(reciprocalOf) && EvalView(call.Arguments[0].Value) is { Root: not null } scaled && IteratedElement(scaled, call) is { } scaledElement)
                    {
                        TryAddSite(operation, scaledElement, reciprocalOf, null, seen);
                    }

                    break;
                // TensorPrimitives.Divide(row, colSum, row): each element divided by the matching element of a span of sums.
                case IInvocationOperation { Arguments.Length: 3 } call when Symbols.IsTensorPrimitives(call.TargetMethod, "Divide")
                    && WellKnownSymbols.IsBuffer(call.Arguments[1].Value.Type) && ElementwiseFold(call.Arguments[1].Value) is { Kind: ReductionKind.Sum }:
                    if (EvalView(call.Arguments[0].Value) is { Root: not null } numerator && IteratedElement(numerator, call) is { } divided)
                    {
                        TryAddSite(operation, divided, call.Arguments[1].Value, null, seen);
                    }

                    break;
            }
        }

        FindLogSoftmaxSites(seen);
        StripRenormalisedMaxima();
    }

    /// <summary>True when the declaration of <paramref name="method"/> (in this file) contains a node of one of the kinds.</summary>
    private bool HelperSyntaxHas(IMethodSymbol method, SyntaxKind first, SyntaxKind second) =>
        method.DeclaringSyntaxReferences.Length == 1 && IsInSource(method.DeclaringSyntaxReferences[0].SyntaxTree)
        && method.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken).DescendantNodes().Any(node => node.IsKind(first) || node.IsKind(second));

    /// <summary>
    /// A call of a local function, a same-type method, or a method of this file that <see cref="HelperReach"/> lets the
    /// owner follow (a static utility's <c>MathUtil.ExpShiftedInPlace(frames, offset, n, m)</c>, a base class's helper):
    /// a cheap symbol test before any summary is built.
    /// </summary>
    private bool IsCandidateHelper(IInvocationOperation call) =>
        call.TargetMethod.MethodKind == MethodKind.LocalFunction || InvokedLambda(call) is not null
        || SymbolEqualityComparer.Default.Equals(call.TargetMethod.ContainingType?.OriginalDefinition, Owner?.ContainingType?.OriginalDefinition)
        || Owner is { } owner && HelperReach.MayFollow(call.TargetMethod.OriginalDefinition, owner) && call.TargetMethod.DeclaringSyntaxReferences[0].SyntaxTree == SourceTree;

    /// <summary>The divisor is checked first (cached, and most divisions in numeric code divide by no sum of exps).</summary>
    private void TryAddSite(IOperation division, IOperation numerator, IOperation divisor, IOperation? target, HashSet<IOperation> seen)
    {
        // A written-out sum of scalar exps is a softmax's denominator only for one of its own terms (ea / (ea + eb));
        // (e1 - e2) / (e1 + e2) is a tanh.
        // An exp must feed the divided value: q = 1 / (1 + d²) normalised by its sum is a kernel, not a softmax (FedExps.cs).
        // e = e / (1 + e) in a loop: the exp written back by its own quotient is read before any sum (LogisticSpellings.cs).
        if (_hasExp && !_isSummary && IsExpWrittenBackByItsQuotient(numerator, division) && TryAddLogisticSite(division, numerator, divisor))
        {
            return;
        }

        var sites = _sites.Count;
        if (IsSumOfExps(divisor) && (ExplicitSumTermsOf(divisor) is not { } terms || terms.Any(term => SameValue(term, numerator) || IsSlotOfSameScratch(term, numerator)))
            && IsFedByExp(numerator))
        {
            TryAddSite(division, Eval(numerator), divisor, target, seen, numerator);
        }

        if (_sites.Count == sites && _hasExp && !_isSummary && !_sites.Any(site => site.Division == division))
        {
            // e / (1 + e), also exp(v) / (exp(v) + exp(0)) that no softmax site took: the unstable logistic, read by LG0003 only (Logistics.cs).
            TryAddLogisticSite(division, numerator, divisor);
        }
    }

    private void TryAddSite(IOperation division, ValueFacts numerator, IOperation divisor, IOperation? target, HashSet<IOperation> seen, IOperation? numeratorOperation = null)
    {
        if (numerator.Exps.Count == 0 || seen.Contains(division))
        {
            return;
        }

        if (ReductionAt(divisor, division) is not { Kind: ReductionKind.Sum } sum || sum.Elements.Exps.Count == 0)
        {
            return;
        }

        AddSite(division, numerator, sum, target, seen, numeratorOperation);
    }

    private void AddSite(IOperation division, ValueFacts numerator, Reduction sum, IOperation? target, HashSet<IOperation> seen, IOperation? numeratorOperation = null)
    {
        if (numerator.Exps.Count == 0 || !seen.Add(division))
        {
            return;
        }

        // A softmax of a few scalars (ea / (ea + eb)) exponentiates the scalars passed in: they are its logits.
        if (sum.Folds.Length == 1 && _explicitSums.ContainsKey(sum.Folds[0]))
        {
            foreach (var exp in numerator.Exps.Union(sum.Elements.Exps))
            {
                MarkScalarInputs(exp);
            }
        }

        // A softmax exponentiates data (buffer elements); exp(-d² / 2σ²) over loop indices is a kernel, not a softmax.
        // A log-domain score is data whatever it logs (naive Bayes' Σ log density(x) through a helper, LogScores.cs).
        if (!numerator.Exps.Union(sum.Elements.Exps).Any(exp => ExpArgument(exp).RawRoots.Count > 0 || LogScoreOf(exp) == LogScore.Unbounded))
        {
            return;
        }

        // weights[i] *= Math.Exp(±alpha) with alpha computed outside the loop, log ? Math.Exp(v) : v: no softmax (UniformFactors.cs).
        if (!numerator.Exps.Union(sum.Elements.Exps).Any(ExponentiatesLogits))
        {
            return;
        }

        var dims = numerator.Dims.Count > 0 || target is null ? numerator.Dims : ElementDims(target);

        // A loop around the division that the divided value does not index (a scratch row buffer refilled per row)
        // is still a batch variable of the site: it selects the data its exps read. So are the loops around the one
        // call of a local function holding the division, which pick the rows bound to its parameters (LocalFunctionArguments.cs).
        foreach (var loop in EnclosingLoops(division).Concat(CallerLoops(division)))
        {
            if (dims.ContainsKey(loop))
            {
                continue;
            }

            foreach (var exp in numerator.Exps)
            {
                var argument = ExpArgument(exp);
                if (argument.Dims.TryGetValue(loop, out var atoms))
                {
                    dims = ValueFacts.MergeDims(dims, ValueFacts.DimsOf(loop, atoms));
                }
                else if (ScratchDims(argument.RawRoots, loop, depth: 0) is { Count: > 0 } refilled)
                {
                    dims = ValueFacts.MergeDims(dims, ValueFacts.DimsOf(loop, refilled));
                }
            }
        }
        var siteAtoms = dims.Values.SelectMany(atoms => atoms).ToImmutableHashSet();

        // Σ p·v / Σ p after the keys' loop: the slice is the exps' (WeightedAverages.cs).
        var weightedAverage = WeightedAverageAtoms(division, numerator, sum, siteAtoms);
        siteAtoms = weightedAverage ?? siteAtoms;
        var exps = ExpsReachingDivision(numerator.Exps.Union(sum.Elements.Exps).OrderBy(exp => exp.Syntax.SpanStart).ToImmutableArray(), division, sum);
        var maxima = new List<Reduction>();
        var numeratorMaxima = new List<Reduction>();
        foreach (var exp in exps)
        {
            foreach (var shift in ShiftMaxima(exp, sum.Atoms))
            {
                // A tile's max, and the factors of a tile merge, moved to the running max by the merge (TileMerges.cs).
                if (IsMovedByTileMerge(exp, shift, sum))
                {
                    continue;
                }

                // A running max read at its step, in exps an accumulator keeps at old maxima: partial for it (UnrescaledNumerators.cs).
                var max = weightedAverage is not null && numerator.Exps.Contains(exp) && IsStepMaxOfUnrescaledNumerator(shift, exp, numeratorOperation) ? shift.AsPartial() : shift;
                maxima.Add(max);
                if (numerator.Exps.Contains(exp) && !(weightedAverage is not null && max.IsPartial && IsRescaledAccumulator(numeratorOperation)))
                {
                    numeratorMaxima.Add(max);
                }
            }
        }

        // Sinkhorn's alternating scalings of a shifted kernel absorb each other's shifts: only a raw kernel is followed (StoredReciprocals.cs).
        if (maxima.Count > 0 && _alternatingScalings.Contains(division))
        {
            return;
        }

        _sites.Add(new SoftmaxSite(division, siteAtoms, sum, maxima.ToImmutableArray(), numeratorMaxima.ToImmutableArray(), exps, fixedAtoms: FixedCoordinates(exps).Union(UngatheredAtDivision(division)), movedAtoms: MovedAtoms(division, sum, exps),
            dividesAlongOneLoop: weightedAverage is null && DividesAlongOneLoop(dims) && exps.All(exp => ExpArgument(exp).Dims.Count <= 1)));
        NoteProbabilityDivision(division, numerator, sum);
    }

    /// <summary>
    /// Records the numeric parameters, fields and properties an exp of a scalar softmax reads (through locals assigned
    /// once) as raw inputs of its argument: <c>Math.Exp(scoreA)</c> exponentiates the logit <c>scoreA</c>.
    /// </summary>
    private void MarkScalarInputs(IOperation exp)
    {
        if (ExpOperand(exp) is not { } exponent || _scalarInputs.ContainsKey(exp))
        {
            return;
        }

        var inputs = ImmutableHashSet<ISymbol>.Empty.WithComparer(SymbolEqualityComparer.Default);
        var pending = new Stack<(IOperation Operation, int Depth)>();
        pending.Push((exponent, 0));
        while (pending.Count > 0)
        {
            var (operation, depth) = pending.Pop();
            foreach (var read in operation.DescendantsAndSelf())
            {
                switch (read)
                {
                    case IParameterReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: false }
                        when WellKnownSymbols.IsNumeric(read.Type) && !read.ConstantValue.HasValue && InductionLoop(VariableOf(read), read) is null:
                        inputs = inputs.Add(VariableOf(read)!);
                        break;
                    case ILocalReferenceOperation { Local: var local } when depth < 3 && WritesOf(local) is { Count: 1 } writes && writes[0].Value is { } value:
                        pending.Push((value, depth + 1));
                        break;
                }
            }
        }

        _scalarInputs[exp] = inputs;
    }

    private readonly Dictionary<IOperation, ImmutableHashSet<ISymbol>> _scalarInputs = new();

    /// <summary>
    /// The dimensions <paramref name="loop"/> selects in what scratch buffers are refilled from inside it:
    /// <c>shifted[j] = x[i][j] - max</c> in the row loop makes an exp of <c>shifted[j]</c> depend on the row, though
    /// <c>shifted</c> has no row index. Followed through up to three buffers.
    /// </summary>
    private ImmutableHashSet<DimensionAtom> ScratchDims(ImmutableHashSet<ISymbol> roots, IOperation loop, int depth)
    {
        var atoms = ImmutableHashSet<DimensionAtom>.Empty;
        if (depth >= 3)
        {
            return atoms;
        }

        foreach (var root in roots)
        {
            atoms = atoms.Union(RefilledDims(root, loop, depth));
        }

        return atoms;
    }

    /// <summary>
    /// What <paramref name="loop"/> selects in the writes into <paramref name="root"/> inside it (<see cref="ScratchDims"/>).
    /// Memoised per buffer, loop and depth: every site asks for every loop around it, and a deep nest of softmaxes
    /// would read every write of a shared buffer once per site and loop.
    /// </summary>
    private ImmutableHashSet<DimensionAtom> RefilledDims(ISymbol root, IOperation loop, int depth)
    {
        EnsureMemosCurrent();
        if (_refilledDims.TryGetValue((root, loop, depth), out var known))
        {
            return known;
        }

        var scope = _cycles.Begin();
        var atoms = ImmutableHashSet<DimensionAtom>.Empty;
        foreach (var write in ElementWritesInto(root))
        {
            if (write.Value is null || !Contains(loop, write.Operation))
            {
                continue;
            }

            var value = Eval(write.Value);
            atoms = value.Dims.TryGetValue(loop, out var selected)
                ? atoms.Union(selected)
                : atoms.Union(ScratchDims(value.RawRoots.Remove(root), loop, depth + 1));
        }

        if (_cycles.End(scope))
        {
            _refilledDims[(root, loop, depth)] = atoms;
        }

        return atoms;
    }

    private readonly Dictionary<(ISymbol Root, IOperation Loop, int Depth), ImmutableHashSet<DimensionAtom>> _refilledDims = new(RefilledKeyComparer.Instance);

    /// <summary>Symbols by <see cref="SymbolEqualityComparer.Default"/>, operations by reference.</summary>
    private sealed class RefilledKeyComparer : IEqualityComparer<(ISymbol Root, IOperation Loop, int Depth)>
    {
        public static readonly RefilledKeyComparer Instance = new();

        public bool Equals((ISymbol Root, IOperation Loop, int Depth) x, (ISymbol Root, IOperation Loop, int Depth) y) =>
            SymbolEqualityComparer.Default.Equals(x.Root, y.Root) && x.Loop == y.Loop && x.Depth == y.Depth;

        public int GetHashCode((ISymbol Root, IOperation Loop, int Depth) key) =>
            (SymbolEqualityComparer.Default.GetHashCode(key.Root) * 397) ^ key.Loop.GetHashCode() ^ key.Depth;
    }

    /// <summary>
    /// True when a division's dimensions are those of one <c>for</c>/<c>foreach</c>/<c>while</c> loop or one iterating
    /// lambda (<c>Parallel.For(0, n, i =&gt; …)</c>, <c>Enumerable.Range(0, n).Select(i =&gt; …)</c>: the same walk of one
    /// index), walking at most one dimension of each buffer (<c>p[i] = e[i] / s</c>): one vector
    /// (<see cref="SoftmaxSite.DividesAlongOneLoop"/>). One walk of two dimensions of one buffer (<c>y[k / w, k % w]</c>)
    /// is left as it was; so is a flat division of exps computed over two loops (<c>y[r * n + j] = exp(…)</c>, then
    /// <c>for (k &lt; rows * n) y[k] /= total</c>): the caller also asks that each exp's argument varies along at most one loop.
    /// </summary>
    private bool DividesAlongOneLoop(ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>> dims) =>
        dims.Count == 1 && dims.Keys.All(loop => loop is ILoopOperation || loop is IAnonymousFunctionOperation lambda && IteratingCall(lambda) is not null)
        && dims.Values.All(atoms => atoms.GroupBy(atom => atom.Root, SymbolEqualityComparer.Default).All(group => group.Count() == 1));
}
