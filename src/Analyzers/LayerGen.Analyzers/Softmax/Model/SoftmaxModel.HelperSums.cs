using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Sums of exps computed one call away: <c>float s = RowSum(x, r * cols, cols, m)</c> with
/// <c>static float RowSum(float[] x, int o, int n, float m) { float s = 0; for (…) s += MathF.Exp(x[o + i] - m); return s; }</c>.
/// The helper's sum is summarised with its exps (<see cref="HelperExpInput"/>); at each call the sum folds the
/// argument's translated dimensions, and each of the helper's exps exponentiates the caller's argument minus the
/// caller's value passed for the subtracted parameter. So the caller's site sees the max it subtracts (LG0001/LG0004),
/// the sum's width (LG0002) and a raw exp (LG0003, reported at the helper's exp) as if the loop were written inline.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>Helper exp → the call whose arguments it reads (where the maxima it subtracts are read).</summary>
    private readonly Dictionary<IOperation, IOperation> _helperExpCalls = new();

    /// <summary>Fold of a summarised helper over a buffer parameter → the call it was last translated at.</summary>
    private readonly Dictionary<IOperation, IOperation> _helperFoldCalls = new();

    /// <summary>Helper exps and folds translated at more than one call: no single call to report them at.</summary>
    private readonly HashSet<IOperation> _helperOperationsOfSeveralCalls = new();

    /// <summary>Records that <paramref name="operation"/> of a helper was translated at <paramref name="call"/>.</summary>
    private void RecordHelperCall(Dictionary<IOperation, IOperation> calls, IOperation operation, IOperation call)
    {
        if (calls.TryGetValue(operation, out var earlier) && earlier != call)
        {
            _helperOperationsOfSeveralCalls.Add(operation);
        }

        calls[operation] = call;
    }

    /// <summary>Buffers passed to a helper that subtracts their elements from its exps' arguments (<see cref="HelperExpInput.ElementShiftBuffers"/>).</summary>
    private readonly HashSet<IOperation> _helperElementShifts = new();

    /// <summary>
    /// The reduction subtracted by <paramref name="shift"/> in <paramref name="exp"/>: for a buffer whose elements a
    /// helper subtracts, the max stored into that buffer's elements, read at the call.
    /// </summary>
    private Reduction? ShiftReduction(IOperation shift, IOperation exp) =>
        _helperElementShifts.Contains(shift)
            ? RootOf(shift) is { } root ? TargetReduction(root, elementTarget: true, UseOf(exp)) : null
            : ReductionAt(shift, LocalArgumentCall(shift) ?? UseOf(exp));

    /// <summary>Where a max subtracted in <paramref name="exp"/> is read: the helper call for a helper's exp, else the exp.</summary>
    private IOperation UseOf(IOperation exp) => _helperExpCalls.TryGetValue(exp, out var call) ? call : exp;

    /// <summary>
    /// The value of a call returning a helper's summarised sum (<c>float s = RowSum(x, o, n, m)</c>): a reduction, no data
    /// of its own, as a <c>.Sum()</c> call is; dividing by it (<c>x[i, j] /= s</c>) leaves the elements readable (not
    /// opaque), so exps the helper wrote into them in place keep their verdicts.
    /// </summary>
    private ValueFacts? HelperSumValue(IInvocationOperation invocation) =>
        WellKnownSymbols.IsNumeric(invocation.Type) && SummaryOf(invocation) is { Returned.Kind: ReductionKind.Sum } summary
            ? DataSumHelperValue(invocation, summary) ?? ValueFacts.Empty
            : null;

    /// <summary>
    /// The exps of a complete sum a helper returns, when each exponentiates raw elements of the helper's own buffer
    /// parameters minus nothing or its own scalar parameters; null when the sum or an exp reads anything else.
    /// </summary>
    private ImmutableDictionary<IOperation, HelperExpInput>? SumOfExpsOfOwnParameters(Reduction sum, IMethodSymbol method)
    {
        if (sum is not { IsPartial: false, StaleAtoms.Count: 0, Atoms.Count: > 0, Elements: { Exps.Count: > 0, IsOpaque: false } elements }
            || !sum.Atoms.All(atom => IsOwnParameter(atom.Root, method) && WellKnownSymbols.IsBuffer(((IParameterSymbol)atom.Root).Type)))
        {
            return null;
        }

        var inputs = StableKeys.Map<HelperExpInput>();
        foreach (var exp in elements.Exps)
        {
            if (ExpInputOf(exp, method) is not { } input)
            {
                return null;
            }

            inputs = inputs.Add(exp, input);
        }

        return inputs;
    }

    /// <summary>What one exp of the helper reads, in the helper's parameters; null when it reads no own buffer parameter or other exps.</summary>
    private HelperExpInput? ExpInputOf(IOperation exp, IMethodSymbol method)
    {
        var argument = ExpArgument(exp);
        // In place (row[j] = Math.Exp(row[j] - m)) the buffer read also holds this very exp (facts are flow-insensitive).
        if (argument.RawRoots.Count == 0 || !argument.RawRoots.All(root => IsOwnParameter(root, method)) || argument.Exps.Any(other => other != exp))
        {
            return null;
        }

        var raw = argument.RawRoots.Select(root => ((IParameterSymbol)root).Ordinal).OrderBy(ordinal => ordinal).ToImmutableArray();
        var shifts = ImmutableArray.CreateBuilder<int>();
        var elementShifts = ImmutableArray.CreateBuilder<int>();
        var localMaxima = ImmutableArray.CreateBuilder<HelperLocalMax>();
        var other = argument.IsOpaque;
        foreach (var shift in argument.Shifts)
        {
            if (Unwrap(shift) is IParameterReferenceOperation { Parameter: var parameter } && IsOwnParameter(parameter, method) && WellKnownSymbols.IsNumeric(parameter.Type))
            {
                shifts.Add(parameter.Ordinal);
            }
            else if (OneIndexRead(shift, indexers: false) is var (array, _, _) && Unwrap(array) is IParameterReferenceOperation { Parameter: var buffer }
                && IsOwnParameter(buffer, method) && buffer.RefKind == RefKind.None && buffer.Type is IArrayTypeSymbol { Rank: 1, ElementType: var element } && WellKnownSymbols.IsNumeric(element))
            {
                elementShifts.Add(buffer.Ordinal);
            }
            else if (OwnLocalMax(shift, exp, method) is { } localMax)
            {
                localMaxima.Add(localMax);
            }
            else
            {
                other = true;
            }
        }

        return new HelperExpInput(raw, shifts.ToImmutable(), other, elementShifts.ToImmutable(), localMaxima.ToImmutable());
    }

    /// <summary>
    /// A max the helper folds itself over its own buffer parameters and <paramref name="exp"/> subtracts, complete where
    /// the exp reads it; null for anything else (a field, a partial or untranslatable max).
    /// </summary>
    private HelperLocalMax? OwnLocalMax(IOperation shift, IOperation exp, IMethodSymbol method) =>
        Unwrap(shift) is { } operand && operand is not IParameterReferenceOperation
        && ReductionAt(operand, UseOf(exp)) is { Kind: ReductionKind.Max, IsPartial: false, ReadsLanes: false, Atoms.Count: > 0, Folds.IsEmpty: false } max
        && max.Atoms.Concat(max.StaleAtoms).All(atom => IsOwnParameter(atom.Root, method) && WellKnownSymbols.IsBuffer(((IParameterSymbol)atom.Root).Type))
            ? new HelperLocalMax(operand, max, IsKnownNonMaximum(operand, exp))
            : null;

    /// <summary>
    /// A helper's own max subtracted in its exps (<see cref="HelperExpInput.LocalMaxima"/>), translated at the call that
    /// binds those exps: what the helper's operand reads from the caller's side (<see cref="ReductionAt"/>).
    /// </summary>
    private readonly Dictionary<IOperation, HelperLocalMax> _helperLocalMaxima = new();

    /// <summary>
    /// Records each of <paramref name="input"/>'s own maxima in the caller's terms at <paramref name="call"/>; false
    /// when a dimension does not translate (the exp is then opaque, as before the helper's maxima were summarised).
    /// </summary>
    private bool BindHelperLocalMaxima(HelperExpInput input, IInvocationOperation call, ref ImmutableHashSet<IOperation> shifts)
    {
        foreach (var local in input.LocalMaxima)
        {
            if (Translate(local.Max, call) is not { } info)
            {
                return false;
            }

            var max = new Reduction(
                ReductionKind.Max, local.Max.Name, info.Atoms, local.Max.Folds, CallerElements(local.Max.Elements, call, CalleeOf(call)), false, info.StaleAtoms, isInline: false, info.Extents);
            _helperLocalMaxima[local.Shift] = new HelperLocalMax(local.Shift, max, local.IsKnownNonMaximum);
            _factsVersion++;
            shifts = shifts.Add(local.Shift);
        }

        return true;
    }

    /// <summary>
    /// Buffer parameters the helper stores its exps into (<c>e[o + i] = Math.Exp(x[o + i] - m)</c>, every exp's inputs
    /// known), added to <paramref name="inputs"/>; a parameter written with anything else as well is left out.
    /// </summary>
    private ImmutableDictionary<int, ImmutableHashSet<IOperation>> ExpFilledParameters(IOperation body, IMethodSymbol method, ref ImmutableDictionary<IOperation, HelperExpInput> inputs)
    {
        var filled = ImmutableDictionary<int, ImmutableHashSet<IOperation>>.Empty;
        var spoiled = new HashSet<int>();
        foreach (var (ordinal, exps) in StoredExpCandidates(body, method))
        {
            if (spoiled.Contains(ordinal))
            {
                continue;
            }

            var known = !exps.IsEmpty;
            foreach (var exp in exps)
            {
                if (!inputs.ContainsKey(exp) && ExpInputOf(exp, method) is { } input)
                {
                    inputs = inputs.Add(exp, input);
                }

                known &= inputs.ContainsKey(exp);
            }

            if (!known)
            {
                spoiled.Add(ordinal);
                filled = filled.Remove(ordinal);
                continue;
            }

            filled = filled.SetItem(ordinal, filled.TryGetValue(ordinal, out var before) ? before.Union(exps) : exps);
        }

        return filled;
    }

    /// <summary>
    /// What the helper stores into each of its own buffer parameters, in order: the exps of each element write (none
    /// when the write is compound or its value holds no exp), then, for a call of a same-type helper with one of these
    /// parameters as its argument, the exps that helper stores there (<c>Fill(classes, a, s, z, m)</c>).
    /// </summary>
    private IEnumerable<(int Ordinal, ImmutableHashSet<IOperation> Exps)> StoredExpCandidates(IOperation body, IMethodSymbol method)
    {
        foreach (var write in _elementWrites)
        {
            // exps[n] = new double[width]: a fresh row of a jagged buffer holds no values of its own, only what is stored in it after.
            if (Contains(body, write.Operation) && RootOf(write.Target) is IParameterSymbol parameter && IsOwnParameter(parameter, method)
                && Unwrap(write.Value) is not IArrayCreationOperation { Initializer: null })
            {
                yield return (parameter.Ordinal, write.Value is null || write.Operation is ICompoundAssignmentOperation ? StableKeys.NoOperations : Eval(write.Value).Exps);
            }
        }

        foreach (var call in Invocations())
        {
            if (!FollowsHelpers || !Contains(body, call) || !IsCandidateHelper(call) || SummaryOf(call) is not { ExpFilled.IsEmpty: false } callee)
            {
                continue;
            }

            foreach (var pair in callee.ExpFilled)
            {
                if (ArgumentFor(call, pair.Key) is { } argument && Unwrap(argument) is IParameterReferenceOperation { Parameter: var parameter } && IsOwnParameter(parameter, method))
                {
                    yield return (parameter.Ordinal, pair.Value);
                }
            }
        }
    }

    /// <summary>
    /// <c>FillExps(x, e, r * cols, cols, m)</c>: the buffers a helper stores its exps into hold those exps after the call
    /// (flow-insensitively, like every stored value), each exp reading the caller's arguments.
    /// </summary>
    private void StoreHelperExps()
    {
        foreach (var call in Invocations())
        {
            if (!FollowsHelpers || !IsCandidateHelper(call) || !call.Arguments.Any(argument => WellKnownSymbols.IsBuffer(argument.Value.Type))
                || !HelperCallsExp(CalleeOf(call)) || SummaryOf(call) is not { ExpFilled.IsEmpty: false } summary || !BindHelperExps(summary, call))
            {
                continue;
            }

            foreach (var pair in summary.ExpFilled)
            {
                if (ArgumentFor(call, pair.Key) is { } buffer && EvalView(buffer)?.Root is { } root)
                {
                    Store(root, ValueFacts.Empty.With(exps: pair.Value));
                }
            }
        }
    }

    private readonly Dictionary<IMethodSymbol, bool> _helperCallsExp = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// True when the declaration of <paramref name="method"/> in this file names an <c>Exp</c>, or calls by simple name
    /// a method of its type in this file that does (helpers of helpers, <see cref="MaxHelperLevel"/> deep): a cheap
    /// syntax test before any summary.
    /// </summary>
    private bool HelperCallsExp(IMethodSymbol method) => HelperCallsExp(method, _summaryLevel + 1);

    private bool HelperCallsExp(IMethodSymbol method, int level)
    {
        method = method.OriginalDefinition;
        if (_helperCallsExp.TryGetValue(method, out var known))
        {
            return known;
        }

        if (method.DeclaringSyntaxReferences.Length != 1 || !IsInSource(method.DeclaringSyntaxReferences[0].SyntaxTree))
        {
            return false;
        }

        var nodes = method.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken).DescendantNodes().ToList();
        known = nodes.Any(node => node is Microsoft.CodeAnalysis.CSharp.Syntax.IdentifierNameSyntax { Identifier.ValueText: "Exp" });
        if (!known && level < MaxHelperLevel && method.ContainingType is { } type)
        {
            foreach (var name in nodes.OfType<Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax>()
                .Select(invocation => invocation.Expression is Microsoft.CodeAnalysis.CSharp.Syntax.IdentifierNameSyntax identifier ? identifier.Identifier.ValueText : null)
                .Where(name => name is not null && name != method.Name).Distinct())
            {
                if (type.GetMembers(name!).OfType<IMethodSymbol>().Any(callee => HelperCallsExp(callee, level + 1)))
                {
                    known = true;
                    break;
                }
            }
        }

        // Cached only when the answer cannot depend on the level it was asked at.
        if (known || level == 1)
        {
            _helperCallsExp[method] = known;
        }

        return known;
    }

    private static bool IsOwnParameter(ISymbol symbol, IMethodSymbol method) =>
        symbol is IParameterSymbol parameter && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol?.OriginalDefinition, method);

    /// <summary>
    /// A helper's sum of exps at <paramref name="call"/>: its translated dimensions, and its exps with their arguments
    /// in the caller's terms (the caller's buffers' elements at the call, minus the caller's arguments for the shifts).
    /// </summary>
    private WholeReductionInfo? CalleeSumOfExps(HelperSummary summary, IInvocationOperation call, WholeReductionInfo info)
    {
        if (!BindHelperExps(summary, call))
        {
            return null;
        }

        var elements = ValueFacts.Empty.With(exps: StableKeys.SetOf(summary.SumExps.Keys.Where(exp => !summary.ExpFilled.Values.Any(stored => stored.Contains(exp)) || IsSummed(summary, exp))));
        return new WholeReductionInfo(ReductionKind.Sum, info.Atoms, elements, info.FixedDims, info.Folds, info.StaleAtoms, info.Extents);
    }

    /// <summary>True when the helper's returned sum adds <paramref name="exp"/> (directly or from the buffer it stored it in).</summary>
    private static bool IsSummed(HelperSummary summary, IOperation exp) => summary.Returned is { Kind: ReductionKind.Sum } sum && sum.Elements.Exps.Contains(exp);

    /// <summary>
    /// Records, for each of the helper's exps, its argument in the caller's terms at <paramref name="call"/>; false when
    /// an argument it reads is not passed explicitly or is no buffer view.
    /// </summary>
    private bool BindHelperExps(HelperSummary summary, IInvocationOperation call)
    {
        foreach (var pair in summary.SumExps)
        {
            var facts = ValueFacts.Empty;
            foreach (var ordinal in pair.Value.RawBuffers)
            {
                if (ArgumentFor(call, ordinal) is not { } buffer || EvalView(buffer) is not { Root: not null } view || ElementAtCall(view, call) is not { } element)
                {
                    return false;
                }

                facts = facts.Merge(element);
            }

            var shifts = StableKeys.NoOperations;
            foreach (var ordinal in pair.Value.ShiftParameters)
            {
                if (ArgumentFor(call, ordinal) is not { } shift)
                {
                    return false;
                }

                shifts = shifts.Add(Unwrap(shift)!);
            }

            foreach (var ordinal in pair.Value.ElementShiftBuffers)
            {
                if (ArgumentFor(call, ordinal) is not { } buffer || Unwrap(buffer) is not ({ } passed and (ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation)))
                {
                    return false;
                }

                _helperElementShifts.Add(passed);
                shifts = shifts.Add(passed);
            }

            var translated = BindHelperLocalMaxima(pair.Value, call, ref shifts);
            _expArguments[pair.Key] = facts.With(shifts: facts.Shifts.Union(shifts), isOpaque: facts.IsOpaque || pair.Value.HasOtherInputs || !translated);
            RecordHelperCall(_helperExpCalls, pair.Key, call);
        }

        return true;
    }

    /// <summary>
    /// What an element of the buffer passed to a helper holds: for a whole jagged array (<c>z</c> read as <c>z[c][s]</c>
    /// by the helper), an element of every row.
    /// </summary>
    private ValueFacts? ElementAtCall(BufferView view, IInvocationOperation call) =>
        IteratedElement(view, call) ?? (view is { Layout: BufferLayout.Jagged, ElementIsRow: true } ? IteratedElement(view.Flatten(), call) : null);

    /// <summary>The value passed for the parameter at <paramref name="ordinal"/> (explicitly), or null.</summary>
    private static IOperation? ArgumentFor(IInvocationOperation call, int ordinal) =>
        call.Arguments.FirstOrDefault(argument => argument.Parameter?.Ordinal == ordinal) is { ArgumentKind: ArgumentKind.Explicit } argument ? argument.Value : null;
}
