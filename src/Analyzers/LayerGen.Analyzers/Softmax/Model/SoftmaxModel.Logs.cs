using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Logs of softmax probabilities (LG0005): <c>Math.Log(p)</c>, <c>MathF.Log</c>, <c>T.Log</c>, <c>Math.Log(p, Math.E)</c>
/// (<see cref="NaturalLogOperand"/>; also as a method group
/// over a probability sequence) where p is a probability read (an element of a probability buffer, a local holding
/// one, a same-type helper returning one) or the softmax division itself (<c>e / s</c>). A clip
/// (<c>p + eps</c>, <c>Math.Max(p, eps)</c>, <c>Math.Clamp(p, eps, 1)</c>) hides the −∞ but not the saturated loss, and is
/// still reported. A log-softmax (<c>x - m - log(s)</c>) takes the log of a sum of exps, not of a probability, a
/// guarded entropy term (<c>p &gt; 0 ? p * log(p) : 0</c>) is exact, and a statistic folded from probabilities (EM's
/// <c>log(Σ r / n)</c>, see Statistics.cs) is no probability.
/// </summary>
internal sealed partial class SoftmaxModel
{
    private List<LogOfProbability>? _logs;

    /// <summary>Every log of a probability, in source order.</summary>
    public IReadOnlyList<LogOfProbability> LogsOfProbabilities => _logs ??= OnlyIfCompiles(FindLogs());

    private List<LogOfProbability> FindLogs()
    {
        var result = new List<LogOfProbability>();
        if (HasErrors)
        {
            return result;
        }

        foreach (var operation in _operations)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            switch (operation)
            {
                case IInvocationOperation call when NaturalLogOperand(call) is { } logged:
                    var (probability, clipped) = Unclipped(logged);
                    if (IsProbabilityOperand(probability) && !IsStatisticOfProbabilities(probability) && !IsGuardedEntropyTerm(call, probability, clipped) && !IsOnlyCompared(call))
                    {
                        result.Add(new LogOfProbability(call, probability, clipped));
                    }

                    break;
                case IMethodReferenceOperation reference when Symbols.IsLog(reference.Method) && MethodGroupSource(reference) is { Elements.IsProbability: true }:
                    result.Add(new LogOfProbability(reference, null, clipped: false));
                    break;
            }
        }

        return result;
    }

    /// <summary>
    /// <c>p * log(p)</c> (either order, also <c>p * (log(p) - log(q))</c>) that runs only where <c>p &gt; 0</c> (<c>p &gt; 0 ? p * Math.Log(p) : 0</c>,
    /// <c>if (p &gt; 1e-10) h -= p * Math.Log(p)</c>): an entropy term. Its limit at <c>p → 0</c> is 0, so skipping an
    /// underflowed <c>p</c> is exact, and the log never sees 0: nothing to report. Unguarded, <c>0 · −∞</c> is NaN
    /// (reported); a guarded <c>-log(p)</c> alone is a cross-entropy that drops the worst samples (reported).
    /// </summary>
    private bool IsGuardedEntropyTerm(IInvocationOperation log, IOperation probability, bool clipped)
    {
        // Up through sums and differences: p * (log(p) - log(q)) distributes into p * log(p) - p * log(q).
        IOperation child = log;
        var parent = log.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation or IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus }
            or IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract })
        {
            child = parent;
            parent = parent.Parent;
        }

        return !clipped
            && parent is IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } product
            && SameValue(WithoutNegation(product.LeftOperand == child ? product.RightOperand : product.LeftOperand), probability)
            && RunsOnlyWherePositive(product, operand => SameValue(operand, probability));
    }

    /// <summary><c>v</c> of <c>-v</c> (<c>-p * log(p)</c>); else the operand itself.</summary>
    private static IOperation WithoutNegation(IOperation operand) =>
        Unwrap(operand) is IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus } negation ? negation.Operand : operand;

    /// <summary>The value inside a clip: <c>p + eps</c>, <c>eps + p</c>, <c>Max(p, eps)</c>, <c>Clamp(p, lo, hi)</c>.</summary>
    private (IOperation Value, bool Clipped) Unclipped(IOperation argument)
    {
        var value = Unwrap(argument)!;
        switch (value)
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add when IsEpsilon(add.RightOperand):
                return (Unwrap(add.LeftOperand)!, true);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add when IsEpsilon(add.LeftOperand):
                return (Unwrap(add.RightOperand)!, true);
            case IInvocationOperation { TargetMethod.Name: "Max" or "MaxNumber", Arguments.Length: 2 } max when Symbols.IsScalarMax(max.TargetMethod):
                return IsProbabilityOperand(max.Arguments[0].Value) ? (Unwrap(max.Arguments[0].Value)!, true) : (Unwrap(max.Arguments[1].Value)!, true);
            case IInvocationOperation { TargetMethod.Name: "Clamp", Arguments.Length: 3 } clamp:
                return (Unwrap(clamp.Arguments[0].Value)!, true);
            default:
                return (value, false);
        }
    }

    /// <summary>
    /// A clip's constant: positive and below <see cref="MaxClipEpsilon"/> (<c>1e-7f</c>, <c>1e-12</c>). <c>log(1 + v)</c>
    /// (softplus, <c>log1p</c>) is no clipped log of <c>v</c>: it is ≥ 0 and never −∞ for <c>v ≥ 0</c>.
    /// </summary>
    private static bool IsEpsilon(IOperation operation) =>
        Unwrap(operation)!.ConstantValue is { HasValue: true, Value: { } value } && AsDouble(value) is > 0 and < MaxClipEpsilon;

    /// <summary>Above this, a constant added to a probability is an offset, not a guard against log(0).</summary>
    private const double MaxClipEpsilon = 0.01;

    /// <summary>The sequence a <c>Select(Math.Log)</c> method group maps.</summary>
    private BufferView? MethodGroupSource(IMethodReferenceOperation reference)
    {
        IOperation? current = reference.Parent;
        while (current is IDelegateCreationOperation or IConversionOperation)
        {
            current = current.Parent;
        }

        if (current is IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: "Select" } select } && Symbols.IsEnumerable(select.TargetMethod, "Select"))
        {
            var source = EvalView(select.Instance ?? select.Arguments[0].Value);
            return source is null ? null : source.Layout == BufferLayout.Sequence ? source : new BufferView(
                source.Root, BufferLayout.Sequence, 1, 0, null, source.FixedDims, flattened: false,
                source.Root is null ? null : ElementFacts(source.Root, source.FixedDims), null, source);
        }

        return null;
    }

    /// <summary>
    /// What a natural log takes the log of: the value of <c>Math.Log(p)</c> (<c>MathF</c>, <c>T.Log</c>), or of
    /// <c>Math.Log(p, b)</c> with a base that is provably e (<c>Math.E</c>, <c>MathF.E</c>, a constant or a field,
    /// local or parameter holding one: <see cref="IsProvablyE"/>); null for any other call (a log in base 2 or in a
    /// base that may be any number).
    /// </summary>
    private IOperation? NaturalLogOperand(IInvocationOperation call)
    {
        if (call.Arguments.Length == 1 && Symbols.IsLog(call.TargetMethod))
        {
            return call.Arguments[0].Value;
        }

        // Arguments may be named (Log(newBase: Math.E, a: p)): match them to parameters, not positions.
        return call.Arguments.Length == 2 && Symbols.IsLogInBase(call.TargetMethod)
            && call.Arguments.FirstOrDefault(argument => argument.Parameter?.Ordinal == 1) is { } logBase && IsProvablyE(logBase.Value)
            ? call.Arguments.FirstOrDefault(argument => argument.Parameter?.Ordinal == 0)?.Value
            : null;
    }
}

/// <summary>A log of a softmax probability.</summary>
internal sealed class LogOfProbability
{
    public LogOfProbability(IOperation log, IOperation? probability, bool clipped)
    {
        Log = log;
        Probability = probability;
        IsClipped = clipped;
    }

    /// <summary>The log call (or the <c>Math.Log</c> method group).</summary>
    public IOperation Log { get; }

    /// <summary>The probability whose log is taken; null for a method group.</summary>
    public IOperation? Probability { get; }

    /// <summary>True when the probability is clipped first (<c>p + eps</c>, <c>Max(p, eps)</c>).</summary>
    public bool IsClipped { get; }
}
