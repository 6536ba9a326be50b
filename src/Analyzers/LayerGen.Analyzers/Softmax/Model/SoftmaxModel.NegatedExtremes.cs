using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// An extreme of negated data is the negated opposite extreme: <c>min(-x) = -max(x)</c>, <c>max(-c·d) = -c·min(d)</c>
/// for a coefficient c the normal form reads (AdditiveTerms.cs). Every fold of the extreme must fold one negated term
/// with the same coefficient: a loop fold (<c>m = Math.Min(m, -x[i])</c>, <c>if (-x[i] &lt; m) m = -x[i]</c>,
/// <c>Math.Max(m, x[i] * -1.0)</c>, over a <c>foreach</c> variable too) started at a sentinel of its direction (±∞,
/// <c>MinValue</c>/<c>MaxValue</c>, a magnitude of a million or more) or at a negated element, or one LINQ call
/// (<c>x.Min(v => -v)</c>, <c>Enumerable.Max(d, v => -v)</c>, <c>x.Select(v => -v).Min()</c>). A fold started at a finite
/// constant stops there (<c>min(0, -x)</c> is no <c>-max(x)</c> for x ≪ 0) and is not read this way.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The extreme of the data <paramref name="atom"/> stands for negated, with the coefficient of its data (its key as in
    /// <see cref="AdditiveTerm.Coefficient"/>): <c>(Max, "")</c> for <c>m = min(-x)</c>; null when it is no such fold.
    /// </summary>
    private (ReductionKind Kind, string Coefficient)? NegatedExtreme(IOperation atom)
    {
        var read = Unwrap(atom);
        if (read is ILocalReferenceOperation { Local: var local } && WritesOf(local) is { Count: > 0 } writes)
        {
            if (writes.Count == 1 && writes[0].Operation is IVariableDeclaratorOperation && Unwrap(writes[0].Value) is IInvocationOperation call)
            {
                return NegatedLinqExtreme(call);
            }

            return NegatedLoopExtreme(local, writes);
        }

        return read is IInvocationOperation inline ? NegatedLinqExtreme(inline) : null;
    }

    /// <summary><c>x.Min(v => -v)</c>, <c>Enumerable.Max(d, v => -2 * v)</c>, <c>x.Select(v => -v).Min()</c>.</summary>
    private (ReductionKind Kind, string Coefficient)? NegatedLinqExtreme(IInvocationOperation call)
    {
        var kind = Symbols.IsEnumerable(call.TargetMethod, "Min") ? ReductionKind.Min : Symbols.IsEnumerable(call.TargetMethod, "Max") ? ReductionKind.Max : (ReductionKind?)null;
        if (kind is null || call.Arguments.Length is not (1 or 2))
        {
            return null;
        }

        var selector = call.Arguments.Length == 2
            ? call.Arguments[1].Value
            : Unwrap(call.Arguments[0].Value) is IInvocationOperation { Arguments.Length: 2 } select && Symbols.IsEnumerable(select.TargetMethod, "Select")
                ? select.Arguments[1].Value
                : null;
        if (selector is null || LambdaAt(selector) is not { Symbol.Parameters.Length: 1 } lambda
            || lambda.Body.Operations.Length != 1 || lambda.Body.Operations[0] is not IReturnOperation { ReturnedValue: { } folded })
        {
            return null;
        }

        return NegatedTermKey(folded) is { } key ? (Opposite(kind.Value), key) : null;
    }

    /// <summary>A loop fold of negated terms into <paramref name="local"/>, every start a sentinel of its direction or a negated term.</summary>
    private (ReductionKind Kind, string Coefficient)? NegatedLoopExtreme(ILocalSymbol local, IReadOnlyList<VariableWrite> writes)
    {
        ReductionKind? kind = null;
        string? key = null;
        var starts = new List<IOperation?>();
        foreach (var write in writes)
        {
            if (Accumulation(local, write.Operation, write.Value) is not { } fold)
            {
                starts.Add(write.Value);
                continue;
            }

            if (fold.Kind is not (ReductionKind.Max or ReductionKind.Min) || kind is { } seen && seen != fold.Kind
                || NegatedTermKey(fold.Value) is not { } foldKey || key is not null && key != foldKey)
            {
                return null;
            }

            kind = fold.Kind;
            key = foldKey;
        }

        if (kind is not { } folded || key is null || starts.Count == 0)
        {
            return null;
        }

        return starts.All(start => IsSentinelStart(start, folded) || NegatedTermKey(start) == key) ? (Opposite(folded), key) : null;
    }

    /// <summary>A start a fold of <paramref name="kind"/> never stays at: ±∞, <c>MinValue</c>/<c>MaxValue</c>, a magnitude of a million or more.</summary>
    private static bool IsSentinelStart(IOperation? start, ReductionKind kind) =>
        Unwrap(start) is { ConstantValue: { HasValue: true, Value: { } value } } && AsDouble(value) is { } number && !double.IsNaN(number)
        && (kind == ReductionKind.Max ? number <= SentinelStart : number >= -SentinelStart);

    /// <summary>The coefficient key of <paramref name="value"/> when it is one data term entering negated (<c>-x[i]</c>, <c>-2 * v</c>, <c>v * -1.0</c>).</summary>
    private string? NegatedTermKey(IOperation? value)
    {
        var terms = new List<AdditiveTerm>();
        return value is not null && CollectAdditiveTerms(value, negative: false, new List<string>(), terms, depth: 0) && terms.Count == 1 && terms[0].Negative
            && Eval(terms[0].Atom).RawRoots.Count > 0
            ? terms[0].Coefficient
            : null;
    }

    private static ReductionKind Opposite(ReductionKind kind) => kind == ReductionKind.Max ? ReductionKind.Min : ReductionKind.Max;
}
