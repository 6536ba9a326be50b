using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A sum that folds one exp once per reset, <c>s = 1; s += e; p = e / s</c>, is the logistic's denominator <c>1 + e</c>:
/// a two-class softmax with one free logit (the other is the constant's log). Its quotient is a sigmoid, whose
/// derivative <c>p(1 − p)</c> is exact, so it is no softmax probability for LG0005–LG0007. It stays a softmax site
/// (LG0003 keeps its convention for an un-shifted <c>e</c> in <c>e / (1 + e)</c>).
/// </summary>
internal sealed partial class SoftmaxModel
{
    private readonly Dictionary<object, bool> _normalisingSumCache = new();

    /// <summary>
    /// True when <paramref name="divisor"/> reads a sum of exps that normalises more than one exp: a division by it
    /// makes probabilities (<see cref="IsSumOfExps"/> without the single-exp sums of a sigmoid).
    /// </summary>
    private bool IsNormalisingSum(IOperation? divisor)
    {
        if (divisor is null || !IsSumOfExps(divisor))
        {
            return false;
        }

        object key = VariableOf(divisor) is { } variable ? variable : divisor;
        if (!_normalisingSumCache.TryGetValue(key, out var known))
        {
            known = ReductionAt(divisor, divisor) is not { } sum || !IsSingleExpSum(sum);
            _normalisingSumCache[key] = known;
        }

        return known;
    }

    /// <summary><c>1 / s</c> (or a local holding it) with <c>s</c> a sum that normalises more than one exp.</summary>
    private bool IsReciprocalOfNormalisingSum(IOperation? operation) => ReciprocalDivisor(operation) is { } divisor && IsNormalisingSum(divisor);

    /// <summary>
    /// A local sum that folds no loop's dimension, with one fold of one exp (<c>s += e</c>) that runs once per reset:
    /// outside every loop, or in a loop that also (re)declares or resets the local.
    /// </summary>
    private bool IsSingleExpSum(Reduction sum)
    {
        if (sum.Kind != ReductionKind.Sum || sum.IsInline || !sum.Atoms.IsEmpty || sum.Folds.Length != 1 || IsWrittenOutSum(sum))
        {
            return false;
        }

        var fold = sum.Folds[0].DescendantsAndSelf().OfType<IAssignmentOperation>()
            .FirstOrDefault(assignment => VariableOf(Unwrap(assignment.Target)) is ILocalSymbol);
        if (fold is null || VariableOf(Unwrap(fold.Target)) is not ILocalSymbol local || Eval(fold.Value).Exps.Count != 1)
        {
            return false;
        }

        if (EnclosingLoop(fold) is not { } loop)
        {
            return true;
        }

        // A reset is a write that does not read the local itself (s = 1, double s = 1), inside the fold's loop.
        return local.DeclaringSyntaxReferences.Any(reference => reference.SyntaxTree == loop.Syntax.SyntaxTree && loop.Syntax.Span.Contains(reference.Span))
            || WritesOf(local).Any(write => write.Operation != fold && Contains(loop, write.Operation)
                && (write.Value is not null && !write.Value.DescendantsAndSelf().Any(operation => References(operation, local))));
    }
}
