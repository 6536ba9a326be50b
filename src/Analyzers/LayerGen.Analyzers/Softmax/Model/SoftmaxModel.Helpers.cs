using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Maxima computed one call away: by a local function or a lambda of the method (<see cref="CalleeOf"/>), by a method
/// of the same type declared in the same file (static, or called on <c>this</c>; not virtual), or by a property getter
/// (<see cref="GetterReduction"/>). The callee is summarised once, from a model of its body (<see cref="HelperSummary"/>:
/// the max it returns, leaves in an <c>out</c> parameter or in a field) and the summary is translated to each call:
/// a dimension of a buffer parameter becomes the matching dimension of the argument (a whole array, a jagged row, a
/// slice), and the loops that picked the argument's slice count as the loops the max was computed for. Two levels
/// deep (<see cref="MaxHelperLevel"/>): a helper's summary translates the summaries of the helpers it calls, whose own
/// helpers are not followed. A dimension that cannot be translated drops the whole summary, so
/// a max is never seen narrower than it is. A helper larger than <see cref="MaxNestedModelNodes"/> is not summarised.
/// </summary>
/// <remarks>
/// Diagnostics about such a max are reported at the helper's fold statements (where the too-wide max is computed,
/// as the corpora mark it), with the caller's division as an additional location; the analyzer reports each location
/// once even when several callers reach it.
/// </remarks>
internal sealed partial class SoftmaxModel
{
    /// <summary>True for the model of a helper built to summarise it.</summary>
    private bool _isSummary;

    /// <summary>
    /// How many calls away from the analysed method this model's body is: 0 for the method itself, 1 for a helper it
    /// calls, 2 for a helper's helper. Summaries are cached per level, so a call cycle (A → B → A) ends at
    /// <see cref="MaxHelperLevel"/> without waiting on a summary being built and every summary is the same whichever
    /// caller asks first.
    /// </summary>
    private int _summaryLevel;

    /// <summary>Helpers are followed two calls deep (a helper calling a helper); the innermost follows none.</summary>
    private const int MaxHelperLevel = 2;

    /// <summary>True when calls of this model's body are translated through their helpers' summaries.</summary>
    private bool FollowsHelpers => _summaryLevel < MaxHelperLevel;

    private readonly Dictionary<IMethodSymbol, HelperSummary> _localSummaries = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// The max or sum a call returns, as the caller sees it. A sum (<c>SumAll(y)</c>) adds the elements of the buffer
    /// passed for the helper's parameter: the caller's exps, over the argument's translated dimensions.
    /// </summary>
    private WholeReductionInfo? CalleeReturnedReduction(IInvocationOperation call)
    {
        if (SummaryOf(call) is not { Returned: { } returned } summary || Translate(returned, call) is not { } info)
        {
            return null;
        }

        if (returned.Kind != ReductionKind.Sum)
        {
            return new WholeReductionInfo(info.Kind, info.Atoms, ReturnedExtremumElements(summary, call), info.FixedDims, info.Folds, info.StaleAtoms, info.Extents);
        }

        if (!summary.SumExps.IsEmpty)
        {
            return CalleeSumOfExps(summary, call, info);
        }

        var ordinal = ((IParameterSymbol)returned.Elements.RawRoots.First()).Ordinal;
        var argument = call.Arguments.FirstOrDefault(candidate => candidate.Parameter?.Ordinal == ordinal);
        return argument is not null && EvalView(argument.Value) is { } view && IteratedElement(view, call) is { } elements
            ? new WholeReductionInfo(ReductionKind.Sum, info.Atoms, elements.WithoutDims(), info.FixedDims, info.Folds, info.StaleAtoms)
            : null;
    }

    /// <summary>
    /// The value of a call returning a helper's max or min, as for the fold written inline: the raw elements it folds, in
    /// the caller's terms (<see cref="CallerElements"/>); null (opaque) when the summary does not know them.
    /// </summary>
    private ValueFacts? HelperExtremumValue(IInvocationOperation call) =>
        SummaryOf(call) is { Returned.Kind: ReductionKind.Max or ReductionKind.Min } summary && ReturnedExtremumElements(summary, call) is { RawRoots.Count: > 0 } elements
            ? elements
            : null;

    /// <summary>
    /// What the max or min a helper returns folds, in the caller's terms; nothing known when its folds read a scalar parameter
    /// (<c>t = x[i] / temperature</c>: the values are scaled by the caller's argument, not the raw buffer).
    /// </summary>
    private ValueFacts ReturnedExtremumElements(HelperSummary summary, IInvocationOperation call) =>
        summary is { Returned: { Kind: ReductionKind.Max or ReductionKind.Min } returned, ReturnedMaxReadsScalar: false }
            ? CallerElements(returned.Elements, call, call.TargetMethod.OriginalDefinition)
            : ValueFacts.Empty;

    /// <summary>The max a call leaves in the variable passed to its <c>out</c>/<c>ref</c> <paramref name="parameter"/>.</summary>
    private WholeReductionInfo? CalleeOutMax(IInvocationOperation call, IParameterSymbol parameter) =>
        SummaryOf(call) is { } summary && summary.OutParameters.TryGetValue(parameter.Ordinal, out var reduction) ? Translate(reduction, call) : null;

    /// <summary>The max a call leaves in <paramref name="field"/> (only callees that name the field are summarised).</summary>
    private WholeReductionInfo? CalleeFieldMax(IInvocationOperation call, ISymbol field) =>
        !IsLocalHelper(CalleeOf(call)) && MayWrite(call.TargetMethod, field.Name) && SummaryOf(call) is { } summary && summary.Fields.TryGetValue(field.OriginalDefinition, out var reduction) ? Translate(reduction, call) : null;

    private HelperSummary? SummaryOf(IInvocationOperation call)
    {
        if (!FollowsHelpers)
        {
            return null;
        }

        var method = CalleeOf(call);
        if (IsLocalHelper(method))
        {
            if (!_localSummaries.TryGetValue(method, out var local))
            {
                _localSummaries[method] = HelperSummary.None;
                local = SummariseLocalHelper(method);
                _localSummaries[method] = local;
            }

            return local.IsEmpty ? null : local;
        }

        if (!IsSameTypeHelper(call, method))
        {
            return null;
        }

        var summary = Symbols.HelperSummaries.GetOrAdd(method, _summaryLevel + 1, () => BuildHelperSummary(method));
        return summary.IsEmpty ? null : summary;
    }

    /// <summary>
    /// True when <paramref name="call"/> runs a helper the model summarises: a non-virtual source method of this file
    /// that <see cref="HelperReach"/> lets the owner follow (its own type's, a static utility's, a base class's),
    /// static or called on <c>this</c> — or a member of a C# 14 extension block called on a value (<c>flat.Highest()</c>),
    /// summarised like a static helper given the receiver as its first argument (ExtensionMembers.cs).
    /// </summary>
    private bool IsSameTypeHelper(IInvocationOperation call, IMethodSymbol method) =>
        (call.Instance is null || Unwrap(call.Instance) is IInstanceReferenceOperation || IsExtensionBlock(method.ContainingType))
        && Owner is { ContainingType: not null } owner
        && HelperReach.MayFollow(method, owner)
        && method.DeclaringSyntaxReferences[0].SyntaxTree == SourceTree;

    private HelperSummary BuildHelperSummary(IMethodSymbol method)
    {
        if (SourceModel is not { } semanticModel
            || method.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken) is not { } syntax
            || syntax is not (MethodDeclarationSyntax or AccessorDeclarationSyntax or ArrowExpressionClauseSyntax)
            || syntax.DescendantNodes().Skip(MaxNestedModelNodes).Any()
            || semanticModel.GetOperation(syntax, _cancellationToken) is not { } body
            || body is not (IMethodBodyOperation or IBlockOperation { Parent: null }))
        {
            return HelperSummary.None;
        }

        return SummariseInOwnModel(body, method, () => FlowIndex.Build(GraphOf(body), _cancellationToken));
    }

    /// <summary>The summary of a helper's body from a model of that body alone, one call level deeper than this one.</summary>
    private HelperSummary SummariseInOwnModel(IOperation body, IMethodSymbol method, System.Func<FlowIndex> flow)
    {
        var level = _summaryLevel + 1;
        var helper = new SoftmaxModel(body, Symbols, flow, followHelpers: level < MaxHelperLevel, _cancellationToken)
        {
            _depth = MaxProvenanceDepth,
            _isSummary = true,
            _summaryLevel = level,

            // A local function of an inlined body is in the speculative tree: its sources are this model's.
            _inlined = body.Syntax.SyntaxTree == _root.Syntax.SyntaxTree ? _inlined : null,
        };
        helper.Analyse();
        return helper.HasErrors ? HelperSummary.None : helper.Summarise(body, method);
    }

    /// <summary>The maxima a body (this model's, or a local function's in it) returns or leaves in out parameters and fields.</summary>
    private HelperSummary Summarise(IOperation? body, IMethodSymbol method)
    {
        if (body is null)
        {
            return HelperSummary.None;
        }

        Reduction? returned = null;
        var startsFinite = false;
        var readsScalar = false;
        var sumExps = StableKeys.Map<HelperExpInput>();
        var returns = body.DescendantsAndSelf().OfType<IReturnOperation>().Where(ret => OwningFunction(ret, body) is null).ToList();
        if (returns.Count > 0 && returns.All(ret => ret.ReturnedValue is not null))
        {
            var parts = returns.Select(ret => ReductionAt(ret.ReturnedValue, ret)).ToList();
            // A max, or a min (a shift where it enters the exponent with a positive sign: MinimumShifts.cs).
            if (parts.All(part => part is { Kind: ReductionKind.Max, IsPartial: false }) || parts.All(part => part is { Kind: ReductionKind.Min, IsPartial: false }))
            {
                returned = Reduction.Combine(parts!);
                startsFinite = returned.Kind == ReductionKind.Max && returns.All(ret => VariableOf(Unwrap(ret.ReturnedValue)) is { } variable && StartsAtFiniteConstant(variable, depth: 0));
                // A scale is a number that is no index or size (those are integers).
                readsScalar = method.Parameters.Any(parameter => WellKnownSymbols.IsNumeric(parameter.Type)
                    && parameter.Type.SpecialType is not (SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_Int16 or SpecialType.System_Byte or SpecialType.System_UInt32 or SpecialType.System_UInt64)
                    && FoldsReadScale(returned, parameter));
            }
            else if (parts is [{ Kind: ReductionKind.Sum } sum] && IsSumOfOwnParameter(sum, method))
            {
                returned = sum;
            }
            else if (parts is [{ Kind: ReductionKind.Sum } expSum] && SumOfExpsOfOwnParameters(expSum, method) is { } inputs)
            {
                returned = expSum;
                sumExps = inputs;
            }
        }

        var outParameters = ImmutableDictionary<int, Reduction>.Empty;
        foreach (var parameter in method.Parameters)
        {
            if (parameter.RefKind is RefKind.Out or RefKind.Ref && WellKnownSymbols.IsNumeric(parameter.Type)
                && TargetReduction(parameter, elementTarget: false, body) is { Kind: ReductionKind.Max, IsPartial: false } reduction)
            {
                outParameters = outParameters.Add(parameter.Ordinal, reduction);
            }
        }

        var fields = ImmutableDictionary<ISymbol, Reduction>.Empty.WithComparers(SymbolEqualityComparer.Default);
        foreach (var symbol in _variableWrites.Keys.OfType<IFieldSymbol>())
        {
            if (WellKnownSymbols.IsNumeric(symbol.Type) && _variableWrites[symbol].Any(write => Contains(body, write.Operation))
                && TargetReduction(symbol, elementTarget: false, body) is { Kind: ReductionKind.Max, IsPartial: false } reduction)
            {
                fields = fields.SetItem(symbol.OriginalDefinition, reduction);
            }
        }

        var summary = new HelperSummary(returned, outParameters, fields, NormalisedParameters(body, method), ShiftedParameters(body, method));
        var expFilled = ExpFilledParameters(body, method, ref sumExps);
        var withExps = sumExps.IsEmpty ? summary : summary.WithExps(sumExps, expFilled);
        var withLinks = ParameterLinks(body, method) is { IsEmpty: false } links ? withExps.WithLinks(links) : withExps;
        return startsFinite || readsScalar ? withLinks.WithReturnedMaxFacts(startsFinite, readsScalar) : withLinks;
    }

    /// <summary>
    /// A complete sum of the raw elements of one buffer parameter of <paramref name="method"/> (<c>SumAll(a)</c>:
    /// <c>s += a[i]</c> over every element), nothing else added: what it sums is the caller's argument.
    /// </summary>
    private static bool IsSumOfOwnParameter(Reduction sum, IMethodSymbol method) =>
        sum is { IsPartial: false, StaleAtoms.Count: 0, Atoms.Count: > 0, Elements: { Exps.Count: 0, Shifts.Count: 0, IsOpaque: false, RawRoots.Count: 1 } elements }
        && elements.RawRoots.First() is IParameterSymbol parameter
        && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol?.OriginalDefinition, method)
        && WellKnownSymbols.IsBuffer(parameter.Type)
        && sum.Atoms.All(atom => SymbolEqualityComparer.Default.Equals(atom.Root, parameter));

    /// <summary>Buffer parameters whose elements the body shifts in place: <c>p[j] -= v</c>, <c>p[j] = p[j] - v</c>.</summary>
    private ImmutableHashSet<int> ShiftedParameters(IOperation body, IMethodSymbol method)
    {
        var shifted = ImmutableHashSet<int>.Empty;
        foreach (var write in _elementWrites)
        {
            var isShift = write.Operation is ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Subtract }
                || (Unwrap(write.Value) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } difference
                    && IsElementAccess(Unwrap(difference.LeftOperand)!) && SymbolEqualityComparer.Default.Equals(RootOf(difference.LeftOperand), RootOf(write.Target)));
            if (isShift && Contains(body, write.Operation) && RootOf(write.Target) is IParameterSymbol parameter
                && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol?.OriginalDefinition, method))
            {
                shifted = shifted.Add(parameter.Ordinal);
            }
        }

        return shifted;
    }

    /// <summary>
    /// <c>SubtractMax(row)</c>: the buffers a helper shifts in place hold shifted values after the call (flow-insensitively:
    /// an exp of them anywhere in the method is not of raw logits). The call stands for the shift.
    /// </summary>
    private void StoreHelperShifts()
    {
        foreach (var call in Invocations())
        {
            if (!FollowsHelpers || !_hasExp || !IsCandidateHelper(call)
                || !call.Arguments.Any(argument => WellKnownSymbols.IsBuffer(argument.Value.Type))
                || !HelperSyntaxHas(CalleeOf(call), Microsoft.CodeAnalysis.CSharp.SyntaxKind.SubtractAssignmentExpression, Microsoft.CodeAnalysis.CSharp.SyntaxKind.SubtractExpression)
                || SummaryOf(call) is not { ShiftedParameters.IsEmpty: false } summary)
            {
                continue;
            }

            foreach (var argument in call.Arguments)
            {
                if (argument.Parameter is { } parameter && summary.ShiftedParameters.Contains(parameter.Ordinal) && EvalView(argument.Value)?.Root is { } root)
                {
                    Store(root, ValueFacts.Empty.With(shifts: StableKeys.NoOperations.Add(call)));
                }
            }
        }
    }

    /// <summary>
    /// Buffer parameters whose elements the body divides by a sum of the same parameter's elements, with nothing else
    /// in numerator or sum (no exps: a helper with its own exps is a softmax of its own, judged where it is).
    /// </summary>
    private ImmutableDictionary<int, Reduction> NormalisedParameters(IOperation body, IMethodSymbol method)
    {
        var normalised = ImmutableDictionary<int, Reduction>.Empty;
        foreach (var operation in body.DescendantsAndSelf())
        {
            var (numerator, divisor) = operation switch
            {
                IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } divide => (divide.LeftOperand, divide.RightOperand),
                ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Divide } compound => (compound.Target, compound.Value),
                _ => ((IOperation?)null, (IOperation?)null),
            };
            if (numerator is null || divisor is null)
            {
                continue;
            }

            var facts = Eval(numerator);
            if (facts.RawRoots.Count != 1 || facts.RawRoots.First() is not IParameterSymbol parameter || facts.Exps.Count > 0 || facts.IsOpaque
                || !SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol?.OriginalDefinition, method)
                || !WellKnownSymbols.IsBuffer(parameter.Type))
            {
                continue;
            }

            if (ReductionAt(divisor, operation) is { Kind: ReductionKind.Sum, IsPartial: false, StaleAtoms.Count: 0 } sum
                && sum.Elements.Exps.Count == 0 && sum.Elements.RawRoots.Count == 1 && sum.Elements.RawRoots.Contains(parameter)
                && sum.Atoms.Count > 0 && sum.Atoms.All(atom => SymbolEqualityComparer.Default.Equals(atom.Root, parameter)))
            {
                if (normalised.TryGetValue(parameter.Ordinal, out var known) && !known.Atoms.SetEquals(sum.Atoms))
                {
                    return ImmutableDictionary<int, Reduction>.Empty;
                }

                normalised = normalised.SetItem(parameter.Ordinal, sum);
            }
        }

        return normalised;
    }

    /// <summary>
    /// <c>Normalize(e)</c> with exps in <c>e</c>: a softmax site at the call, its sum the helper's (translated to the
    /// argument), its exps and maxima the caller's.
    /// </summary>
    private void AddHelperNormalisationSites(IInvocationOperation call, HashSet<IOperation> seen)
    {
        if (SummaryOf(call) is not { Normalised.IsEmpty: false } summary)
        {
            return;
        }

        foreach (var pair in summary.Normalised)
        {
            var argument = call.Arguments.FirstOrDefault(candidate => candidate.Parameter?.Ordinal == pair.Key);
            if (argument is null || EvalView(argument.Value) is not { } view || IteratedElement(view, call) is not { Exps.Count: > 0 } numerator
                || Translate(pair.Value, call) is not { } sumInfo)
            {
                continue;
            }

            var sum = new Reduction(ReductionKind.Sum, pair.Value.Name, sumInfo.Atoms, pair.Value.Folds, numerator.WithoutDims(), false, sumInfo.StaleAtoms, isInline: false);
            AddSite(call, numerator, sum, target: null, seen);
        }
    }

    /// <summary>
    /// A callee's max in the caller's terms: each dimension of a buffer parameter becomes the argument's dimension;
    /// dimensions of fields and captured variables stay. Null when a parameter's dimension has no counterpart.
    /// </summary>
    private WholeReductionInfo? Translate(Reduction reduction, IInvocationOperation call)
    {
        var callee = CalleeOf(call);
        var fixedDims = StableKeys.Map<ImmutableHashSet<DimensionAtom>>();
        var atoms = ImmutableHashSet<DimensionAtom>.Empty;
        var extents = ImmutableDictionary<DimensionAtom, string>.Empty;
        foreach (var atom in reduction.Atoms)
        {
            if (TranslateAtom(atom, call, callee, ref fixedDims) is not { } translated)
            {
                return null;
            }

            atoms = atoms.Add(translated);
            if (reduction.Extents.TryGetValue(atom, out var extent) && CallerExtent(extent, call, callee) is { } callerExtent)
            {
                extents = extents.SetItem(translated, callerExtent);
            }
        }

        var stale = ImmutableHashSet<DimensionAtom>.Empty;
        foreach (var atom in reduction.StaleAtoms)
        {
            if (TranslateAtom(atom, call, callee, ref fixedDims) is { } translated)
            {
                stale = stale.Add(translated);
            }
        }

        foreach (var atom in atoms.Union(stale))
        {
            Classes.Add(atom);
        }

        if (reduction.Atoms.Any(atom => IsOwnParameter(atom.Root, callee) || atom.Root is IParameterSymbol receiver && IsExtensionReceiver(receiver, callee)))
        {
            // The call picks what the helper folds: a finding about the fold is the call's (CallerLocationOf).
            foreach (var fold in reduction.Folds)
            {
                RecordHelperCall(_helperFoldCalls, fold, call);
            }
        }

        return new WholeReductionInfo(reduction.Kind, atoms, ValueFacts.Empty, fixedDims, reduction.Folds, stale, extents);
    }

    /// <summary>
    /// What a helper's max folds, in the caller's terms: a buffer parameter's raw elements are the raw elements of the
    /// buffer passed for it, a field's stay the field's (so the caller sees a max of other data, <c>exp(x[i] - Max(prior))</c>).
    /// Empty (nothing known) when the max folds anything else: exps, shifted values, or a buffer that is not passed.
    /// </summary>
    private ValueFacts CallerElements(ValueFacts elements, IInvocationOperation call, IMethodSymbol callee)
    {
        if (elements.IsOpaque || elements.Exps.Count > 0 || elements.Shifts.Count > 0 || elements.IsProbability || elements.RawRoots.Count == 0)
        {
            return ValueFacts.Empty;
        }

        var roots = ImmutableHashSet.CreateBuilder<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var root in elements.RawRoots)
        {
            if (root is IFieldSymbol)
            {
                roots.Add(root);
            }
            else if (IsOwnParameter(root, callee) && ArgumentFor(call, ((IParameterSymbol)root).Ordinal) is { } argument && EvalView(argument)?.Root is { } passed)
            {
                roots.Add(passed);
            }
            else
            {
                return ValueFacts.Empty;
            }
        }

        return ValueFacts.Empty.With(rawRoots: roots.ToImmutable());
    }

    private DimensionAtom? TranslateAtom(DimensionAtom atom, IInvocationOperation call, IMethodSymbol callee, ref ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>> fixedDims)
    {
        if (atom.Root is IParameterSymbol receiver && IsExtensionReceiver(receiver, callee))
        {
            // flat.Highest() of an extension block: its receiver parameter is the call's receiver (ExtensionMembers.cs).
            return call.Instance is { } instance ? TranslateArgumentAtom(atom, receiver, instance, call, callee, ref fixedDims) : null;
        }

        if (atom.Root is not IParameterSymbol parameter || !SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol?.OriginalDefinition, callee))
        {
            return atom;
        }

        var argument = call.Arguments.FirstOrDefault(candidate => candidate.Parameter?.Ordinal == parameter.Ordinal);
        return argument is null || argument.ArgumentKind != ArgumentKind.Explicit ? null : TranslateArgumentAtom(atom, parameter, argument.Value, call, callee, ref fixedDims);
    }

    /// <summary>
    /// A dimension of the helper's buffer parameter <paramref name="parameter"/> as a dimension of <paramref name="value"/>,
    /// the buffer passed for it (an argument, or the receiver of an extension member). <paramref name="call"/> and
    /// <paramref name="callee"/> translate a stride named by another parameter; without them such a stride has no counterpart.
    /// </summary>
    private DimensionAtom? TranslateArgumentAtom(DimensionAtom atom, IParameterSymbol parameter, IOperation value, IInvocationOperation? call, IMethodSymbol? callee, ref ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>> fixedDims)
    {
        if (EvalView(value) is not { Root: { } root } view)
        {
            return null;
        }

        if (view.Layout == BufferLayout.Sequence)
        {
            // Normalize(x.Select(Math.Exp).ToList()): the whole parameter is every element the sequence walks.
            fixedDims = ValueFacts.MergeDims(fixedDims, view.FixedDims);
            return (atom.IsWhole || atom.Key == DimensionAtom.UnitStrideKey) && view.ElementRow is null && view.IteratedAtoms(all: true) is { Count: 1 } walked
                ? walked.First()
                : null;
        }

        fixedDims = ValueFacts.MergeDims(fixedDims, view.FixedDims);
        var flatKey = atom.IsWhole || atom.Key == DimensionAtom.UnitStrideKey;
        switch (parameter.Type)
        {
            case IArrayTypeSymbol { Rank: > 1 } when view.Layout == BufferLayout.Rectangular && !view.Flattened:
                return new DimensionAtom(root, atom.Key);
            // T[][], List<T[]>, IReadOnlyList<float[]>: a depth of rows walked in the helper is that depth of the rows passed.
            case var rows when IsBufferOfRows(rows) && view.Layout == BufferLayout.Jagged && !view.Flattened
                && atom.Key.StartsWith("d", System.StringComparison.Ordinal)
                && int.TryParse(atom.Key.Substring(1), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var depth):
                return DimensionAtom.Depth(root, depth + view.Consumed);
            default:
                if (!WellKnownSymbols.IsBuffer(parameter.Type))
                {
                    return null;
                }

                if (!flatKey && atom.Key.Substring(2).Any(char.IsLetter))
                {
                    // z[i] for i += batch, batch a parameter: the caller's stride is the argument passed for batch.
                    return view.Layout == BufferLayout.Flat && !view.Flattened && call is not null && callee is not null && CallerStride(atom.Key.Substring(2), call, callee) is { } stride
                        ? DimensionAtom.Stride(root, stride.Text)
                        : null;
                }

                return view switch
                {
                    { Layout: BufferLayout.Flat, FlatOffset: null } => atom.IsWhole ? DimensionAtom.Whole(root) : new DimensionAtom(root, atom.Key),
                    { Layout: BufferLayout.Flat } when flatKey => DimensionAtom.Stride(root, "1"),
                    { Layout: BufferLayout.Jagged, Flattened: false } jagged when flatKey && jagged.Consumed == jagged.Rank - 1 => DimensionAtom.Depth(root, jagged.Consumed),
                    _ => null,
                };
        }
    }

    /// <summary>
    /// A helper's stride (<c>batch</c>, <c>2*cols</c>) in the caller's terms: each named factor must be a parameter of
    /// the helper, replaced by the loop-free argument passed for it; null when a factor is anything else.
    /// </summary>
    private Stride? CallerStride(string helperStride, IInvocationOperation call, IMethodSymbol callee)
    {
        var stride = Stride.One;
        foreach (var factor in helperStride.Split('*'))
        {
            if (long.TryParse(factor, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out _))
            {
                stride = stride.Times(Stride.Of(factor));
                continue;
            }

            var parameter = callee.Parameters.FirstOrDefault(candidate => candidate.Name == factor);
            var argument = parameter is null ? null : call.Arguments.FirstOrDefault(candidate => candidate.Parameter?.Ordinal == parameter.Ordinal);
            if (argument is not { ArgumentKind: ArgumentKind.Explicit } || Linear(argument.Value) is not { IsLoopFree: true, Constant: { } known } || known.Equals(Stride.Unknown))
            {
                return null;
            }

            stride = stride.Times(known);
        }

        return stride;
    }

    /// <summary>
    /// A helper's loop bound in the caller's terms: a constant or a field stays, a parameter (<c>p:channels</c>) is
    /// the bound of the argument passed for it; null for an expression of parameters (the extent is then unknown).
    /// </summary>
    private string? CallerExtent(string extent, IInvocationOperation call, IMethodSymbol callee)
    {
        if (!extent.Contains("p:"))
        {
            return extent;
        }

        var parameter = callee.Parameters.FirstOrDefault(candidate => "p:" + candidate.Name == extent);
        var argument = parameter is null ? null : call.Arguments.FirstOrDefault(candidate => candidate.Parameter?.Ordinal == parameter.Ordinal);
        return argument is { ArgumentKind: ArgumentKind.Explicit } ? ExtentText(argument.Value, 0) : null;
    }
}
