using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Log-sum-exps read on their own: a log of a sum of exps, <c>log Σ_k w_k · exp(x_k)</c> (a mixture's log-likelihood,
/// a log-partition, a cross-entropy's <c>log Σ exp</c>), whether or not anything is subtracted from it afterwards. Its
/// exps overflow (or all underflow, giving log 0) exactly like a softmax's when nothing is subtracted, so the same
/// question is asked of each of them (<see cref="UnshiftedExp"/>); a shifted form (<c>m + log Σ exp(x - m)</c>) is
/// recorded too and stays silent there. A log of one exp (<c>log(exp(x)) = x</c>) folds nothing and is no log-sum-exp.
/// </summary>
internal sealed partial class SoftmaxModel
{
    private readonly List<LogSumExp> _logSumExps = new();

    /// <summary>Every log of a fold of exps over data, in source order of its log.</summary>
    public IReadOnlyList<LogSumExp> LogSumExps => _logSumExps;

    /// <summary>Records each log whose argument (past added constants: <c>log(s + 1e-8)</c>) is a sum that folds exps of data.</summary>
    private void FindLogSumExps()
    {
        foreach (var operation in _operations)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (operation is not IInvocationOperation { Arguments.Length: 1 } log || !Symbols.IsLog(log.TargetMethod))
            {
                continue;
            }

            var summed = WithoutAddedConstants(log.Arguments[0].Value);
            if (summed is null || ReductionAt(summed, log) is not { Kind: ReductionKind.Sum } sum || sum.Folds.IsDefaultOrEmpty)
            {
                continue;
            }

            var exps = sum.Elements.Exps.Where(exp => ExpArgument(exp).RawRoots.Count > 0 || ExpArgument(exp).Shifts.Count > 0)
                .Where(ExponentiatesLogits).OrderBy(exp => exp.Syntax.SpanStart).ToImmutableArray();
            if (exps.Length > 0)
            {
                _logSumExps.Add(new LogSumExp(log, sum, exps));
            }
        }
    }

    /// <summary>The operand of a log past constants added to it (<c>s + eps</c>, <c>1 + s</c>), or null when nothing else is left.</summary>
    private IOperation? WithoutAddedConstants(IOperation? operation)
    {
        var value = Unwrap(operation);
        while (value is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add)
        {
            if (IsConstantTerm(add.RightOperand))
            {
                value = Unwrap(add.LeftOperand);
            }
            else if (IsConstantTerm(add.LeftOperand))
            {
                value = Unwrap(add.RightOperand);
            }
            else
            {
                break;
            }
        }

        return value is null || value.ConstantValue.HasValue ? null : value;
    }

    /// <summary>
    /// True when <paramref name="exp"/> of <paramref name="lse"/> exponentiates raw data: nothing that may be a
    /// maximum is subtracted, nothing clamps it (an opaque argument; a log-domain score is raw whatever it logs, and a
    /// log of one value alone is none, LogScores.cs), and its exponent is not provably ≤ 0 (such a
    /// term cannot overflow; a row of them all underflowing is the caller's floor, as for a guarded kernel).
    /// </summary>
    public bool UnshiftedExp(LogSumExp lse, IOperation exp) =>
        lse.Exps.Contains(exp) && LogScoreOf(exp) != LogScore.Bounded
        && (ExpArgument(exp) is { RawRoots.Count: > 0, IsOpaque: false } || LogScoreOf(exp) == LogScore.Unbounded)
        && !IsShiftedInALogSumExp(exp) && !HasNonPositiveExponent(exp) && !IsRangeBoundedExp(exp);

    /// <summary>
    /// <see cref="IsShiftedByAMaximum"/> where Gaussian log-density terms (DensityTerms.cs) are no shifts. Only a
    /// log-sum-exp's exps are judged so: a normalised kernel keeps the site rules' reading.
    /// </summary>
    private bool IsShiftedInALogSumExp(IOperation exp) =>
        ExpArgument(exp).Shifts.Any(shift => !IsDensityTerm(Unwrap(shift)!) && !IsKnownNonMaximum(shift, exp)) || PositiveMinima(exp).Any()
        || IsSeedTermOfItsMaximum(exp) || IsTermOfItsInlineMaximum(exp);

    /// <summary>The exponent of <paramref name="exp"/> is provably ≤ 0 (<c>exp(-d * d)</c>, <c>exp(-Math.Abs(v))</c>).</summary>
    private bool HasNonPositiveExponent(IOperation exp) =>
        exp is IInvocationOperation call && ExpOperand(call) is { } operand && SignOf(operand) == (NegatesExponent(call) ? Sign.NonNegative : Sign.NonPositive);
}

/// <summary>A log of a sum of exps: the log call, the sum as seen from it, and the summed exps of data.</summary>
internal sealed class LogSumExp
{
    public LogSumExp(IInvocationOperation log, Reduction sum, ImmutableArray<IOperation> exps)
    {
        Log = log;
        Sum = sum;
        Exps = exps;
    }

    /// <summary>The log call.</summary>
    public IInvocationOperation Log { get; }

    /// <summary>The sum the log reads.</summary>
    public Reduction Sum { get; }

    /// <summary>The exps of data folded into the sum (weighted or not), in source order.</summary>
    public ImmutableArray<IOperation> Exps { get; }
}
