using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Keyed folds into a dictionary that start at the first value seen for a key instead of at a seed:
/// <c>peak[k] = peak.TryGetValue(k, out var m) ? Math.Max(m, v) : v</c>,
/// <c>if (!peak.TryGetValue(k, out m) || v &gt; m) peak[k] = v;</c> and
/// <c>peak[k] = Math.Max(peak.GetValueOrDefault(k, double.NegativeInfinity), v)</c> (HeldOut18's
/// <c>CoxLapse_TotalRiskAcrossStrata</c>). The value looked up (<c>m</c>, the <c>GetValueOrDefault</c> call) is a read of
/// the dictionary at the key, so these are the same fold as <c>peak[k] = Math.Max(peak[k], v)</c>, and the key makes it a
/// fold per segment like any keyed fold (<see cref="SegmentKeyOf"/>). Lookups are told by symbol
/// (<see cref="WellKnownSymbols.IsDictionaryLookup"/>): a user type's own <c>TryGetValue</c> or a user extension named
/// <c>GetValueOrDefault</c> may return anything, so neither makes a fold.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// True when <paramref name="operation"/> reads <paramref name="dictionary"/> at a key through a lookup:
    /// <c>dictionary.GetValueOrDefault(k, …)</c>, or the local <c>m</c> that only <c>dictionary.TryGetValue(k, out m)</c> sets.
    /// </summary>
    private bool IsKeyedLookupOf(IOperation? operation, ISymbol dictionary) => Unwrap(operation) switch
    {
        IInvocationOperation { TargetMethod.Name: "GetValueOrDefault" } call when Symbols.IsDictionaryLookup(call.TargetMethod) => References(LookedUpDictionary(call), dictionary),
        ILocalReferenceOperation { Local: var local } => LookupOuts().TryGetValue(local, out var looked) && SymbolEqualityComparer.Default.Equals(looked, dictionary),
        _ => false,
    };

    /// <summary>
    /// Each local set by <c>d.TryGetValue(k, out m)</c> and by nothing else, to the dictionary <c>d</c> (null when several
    /// lookups or other writes set it). Built once per model.
    /// </summary>
    private Dictionary<ILocalSymbol, ISymbol?> LookupOuts()
    {
        if (_lookupOuts is null)
        {
            _lookupOuts = new Dictionary<ILocalSymbol, ISymbol?>(SymbolEqualityComparer.Default);
            foreach (var call in _operations.OfType<IInvocationOperation>())
            {
                if (TryGetValueOut(call) is var (local, dictionary))
                {
                    _lookupOuts[local] = _lookupOuts.ContainsKey(local) ? null : dictionary;
                }
            }

            foreach (var assignment in _operations.OfType<IAssignmentOperation>())
            {
                if (VariableOf(assignment.Target) is ILocalSymbol written && _lookupOuts.ContainsKey(written))
                {
                    _lookupOuts[written] = null;
                }
            }
        }

        return _lookupOuts;
    }

    private Dictionary<ILocalSymbol, ISymbol?>? _lookupOuts;

    /// <summary>
    /// Whether <paramref name="condition"/> is <c>dictionary.TryGetValue(…)</c> (false) or its negation (true); null for
    /// any other condition.
    /// </summary>
    private bool? TryGetValueTest(IOperation? condition, ISymbol dictionary) => Unwrap(condition) switch
    {
        IUnaryOperation { OperatorKind: UnaryOperatorKind.Not, Operand: var operand } => TryGetValueTest(operand, dictionary) is false ? true : null,
        IInvocationOperation call when TryGetValueOut(call) is var (_, looked) && SymbolEqualityComparer.Default.Equals(looked, dictionary) => false,
        _ => null,
    };

    /// <summary>
    /// <c>d.TryGetValue(k, out m) ? Math.Max(m, v) : v</c> (or <c>!d.TryGetValue(…) ? v : …</c>): the fold the found branch
    /// makes, when the missing branch starts the key at the folded value itself.
    /// </summary>
    private (ReductionKind Kind, IOperation Value)? FoldOrFirstValue(ISymbol target, IConditionalOperation ternary)
    {
        if (ternary.WhenFalse is null || TryGetValueTest(ternary.Condition, target) is not { } negated)
        {
            return null;
        }

        var (found, missing) = negated ? (ternary.WhenFalse, ternary.WhenTrue) : (ternary.WhenTrue, ternary.WhenFalse);
        return FoldOf(target, found) is { } fold && SameValue(missing, fold.Value) ? fold : null;
    }

    /// <summary><c>v &gt; m</c> of <c>!d.TryGetValue(k, out m) || v &gt; m</c>: a comparison admitted only where the key is already present.</summary>
    private (IOperation Value, bool ValueIsLarger)? CompareWhenPresent(IBinaryOperation either, ISymbol target)
    {
        if (TryGetValueTest(either.LeftOperand, target) is true)
        {
            return Compare(either.RightOperand, target);
        }

        return TryGetValueTest(either.RightOperand, target) is true ? Compare(either.LeftOperand, target) : null;
    }

    /// <summary>The local <c>m</c> of <c>d.TryGetValue(k, out m)</c> and the dictionary <c>d</c>; null for any other call.</summary>
    private (ILocalSymbol Local, ISymbol Dictionary)? TryGetValueOut(IInvocationOperation call) =>
        call is { TargetMethod.Name: "TryGetValue", Arguments.Length: 2 } && Symbols.IsDictionaryLookup(call.TargetMethod) && VariableOf(LookedUpDictionary(call)) is { } dictionary
        && call.Arguments[1] is { Parameter.RefKind: RefKind.Out, Value: var value }
        && (Unwrap(value) is IDeclarationExpressionOperation declaration ? Unwrap(declaration.Expression) : Unwrap(value)) is ILocalReferenceOperation { Local: var local }
            ? (local, dictionary)
            : null;

    /// <summary>The dictionary a lookup reads: the instance, or the first argument of an extension method.</summary>
    private static IOperation? LookedUpDictionary(IInvocationOperation call)
    {
        var dictionary = call.Instance ?? (call.TargetMethod.IsExtensionMethod && call.Arguments.Length > 0 ? call.Arguments[0].Value : null);
        return WellKnownSymbols.IsDictionary(Unwrap(dictionary)?.Type) ? Unwrap(dictionary) : null;
    }
}
