using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A z-score: <c>(x[i] - mean) / std</c> with <c>mean = Σx / n</c> and <c>std = √(Σ(x - mean)² / n')</c> (plus a
/// positive constant inside or outside the root) of the same data about the same mean. Every |z| ≤ √(n − 1), and some
/// z ≥ 0, so <c>exp(z)</c> neither overflows (for any slice length found in practice) nor sums to 0: like a magnitude
/// bound (MagnitudeBounds.cs) the division counts as a shift for LG0003. The squares are <c>d * d</c>, <c>Pow(d, 2)</c>
/// or <c>(x - mean) * (x - mean)</c>, folded by a loop (<c>v += …</c>) or a LINQ <c>Sum(e => …)</c>, with d the data
/// minus the same mean. A deviation of other data or a scale that is no deviation bounds nothing.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>True when <paramref name="divide"/> divides the data minus its mean by the data's standard deviation about that mean.</summary>
    private bool IsStandardisedScore(IBinaryOperation divide)
    {
        if (CentredOn(divide.LeftOperand) is not { } centred || !IsMeanOf(centred.Mean, centred.Data, divide))
        {
            return false;
        }

        var root = WithoutPositiveOffset(OnceWritten(divide.RightOperand));
        if (root is not IInvocationOperation { Arguments.Length: 1 } sqrt || !Symbols.IsScalarFunction(sqrt.TargetMethod, "Sqrt"))
        {
            return false;
        }

        var variance = WithoutPositiveOffset(sqrt.Arguments[0].Value);
        var squares = variance is IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } perCount ? perCount.LeftOperand : variance;
        return squares is not null && SquaredDeviations(squares, divide) is { Count: > 0 } folded
            && folded.All(square => IsSquareAbout(square, centred.Mean, centred.Data));
    }

    /// <summary>The data and the mean of <c>x[i] - mean</c> (directly or through a local written once with it).</summary>
    private (ValueFacts Data, ISymbol Mean)? CentredOn(IOperation value) =>
        OnceWritten(value) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } difference && VariableOf(Unwrap(difference.RightOperand)) is { } mean
        && Eval(difference.LeftOperand) is { RawRoots.Count: > 0 } data
            ? (data, mean)
            : null;

    /// <summary><c>mean = sum / n</c> with <c>sum</c> a complete sum of <paramref name="data"/>, or <c>x.Average()</c> of it.</summary>
    private bool IsMeanOf(ISymbol mean, ValueFacts data, IOperation use)
    {
        if (WritesOf(mean) is not { Count: 1 } writes || writes[0].Operation is not IVariableDeclaratorOperation || Unwrap(writes[0].Value) is not { } value)
        {
            return false;
        }

        if (value is IInvocationOperation average && Symbols.IsEnumerable(average.TargetMethod, "Average") && average.Arguments.Length == 1)
        {
            return Eval(average.Arguments[0].Value).RawRoots.Overlaps(data.RawRoots);
        }

        return value is IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } ratio
            && ReductionAt(ratio.LeftOperand, use) is { Kind: ReductionKind.Sum, IsPartial: false } sum && sum.Elements.Exps.Count == 0
            && sum.Elements.RawRoots.Overlaps(data.RawRoots);
    }

    /// <summary>The values a complete sum folds: each <c>v += square</c> of a loop, or the selector's value of <c>x.Sum(e => square)</c>.</summary>
    private List<IOperation>? SquaredDeviations(IOperation squares, IOperation use)
    {
        var value = Unwrap(squares);
        if (value is IInvocationOperation { Arguments.Length: 2 } sum && Symbols.IsEnumerable(sum.TargetMethod, "Sum"))
        {
            return LambdaAt(sum.Arguments[1].Value) is { Symbol.Parameters.Length: 1 } lambda && lambda.Body.Operations.Length == 1
                && lambda.Body.Operations[0] is IReturnOperation { ReturnedValue: { } returned }
                ? new List<IOperation> { returned }
                : null;
        }

        if (VariableOf(value) is not ILocalSymbol accumulator || ReductionAt(value, use) is not { Kind: ReductionKind.Sum, IsPartial: false })
        {
            return null;
        }

        var folded = new List<IOperation>();
        foreach (var write in WritesOf(accumulator))
        {
            if (Accumulation(accumulator, write.Operation, write.Value) is { Kind: ReductionKind.Sum } fold)
            {
                folded.Add(fold.Value);
            }
            else if (Unwrap(write.Value) is not { ConstantValue: { HasValue: true, Value: { } start } } || AsDouble(start) is not 0.0)
            {
                // Every start is 0: a sum of squares and nothing else.
                return null;
            }
        }

        return folded;
    }

    /// <summary><c>d * d</c>, <c>Pow(d, 2)</c> with d the data minus <paramref name="mean"/> (directly or through a local written once).</summary>
    private bool IsSquareAbout(IOperation square, ISymbol mean, ValueFacts data)
    {
        bool IsDeviation(IOperation operand) => CentredOn(operand) is { } centred && SymbolEqualityComparer.Default.Equals(centred.Mean, mean)
            && centred.Data.RawRoots.Overlaps(data.RawRoots);

        return Unwrap(square) switch
        {
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } product => IsDeviation(product.LeftOperand) && IsDeviation(product.RightOperand)
                && OnceWritten(product.LeftOperand)!.Syntax.ToString() == OnceWritten(product.RightOperand)!.Syntax.ToString(),
            IInvocationOperation { Arguments.Length: 2 } power when Symbols.IsScalarFunction(power.TargetMethod, "Pow") =>
                IsDeviation(power.Arguments[0].Value) && Unwrap(power.Arguments[1].Value) is { ConstantValue: { HasValue: true, Value: { } exponent } } && AsDouble(exponent) is 2.0,
            _ => false,
        };
    }

    /// <summary><paramref name="value"/>, or the one definition of the local it reads when that local is written once where declared.</summary>
    private IOperation? OnceWritten(IOperation value)
    {
        var read = Unwrap(value);
        return read is ILocalReferenceOperation { Local: var local } && WritesOf(local) is { Count: 1 } writes && writes[0].Operation is IVariableDeclaratorOperation
            ? Unwrap(writes[0].Value)
            : read;
    }

    /// <summary><paramref name="value"/> without a positive constant added to it (<c>s + 1e-12</c>).</summary>
    private static IOperation? WithoutPositiveOffset(IOperation? value) =>
        Unwrap(value) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add
            ? IsPositiveConstant(add.RightOperand) ? Unwrap(add.LeftOperand) : IsPositiveConstant(add.LeftOperand) ? Unwrap(add.RightOperand) : Unwrap(value)
            : Unwrap(value);
}
