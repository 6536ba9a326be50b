using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Terms of a log-density that are subtracted in an exponent but bound nothing: the mean of a squared deviation
/// (<c>-0.5 · ((x - μ) / σ)²</c> grows with |x − μ| on either side of μ) and the log of a scale made without exps
/// (<c>- log σ</c>, <c>- 0.5 · log(2π σ²)</c>, <c>- log(std)</c> with <c>std = exp(logStd)</c>: raw data again). A
/// Gaussian log-density ℓ = −½z² − log σ − ½ log 2π exponentiated in a mixture's <c>log Σ w · exp(ℓ)</c> is therefore
/// un-shifted. A log of a sum of exps (a log-partition subtracted from logits) is not such a term: it stays a shift.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>True when <paramref name="shift"/> is a density term that cannot bound the exponent (see the type's remarks).</summary>
    private bool IsDensityTerm(IOperation shift) => EntersOnlySquared(shift) || IsLogOfAScale(shift);

    /// <summary>
    /// The subtraction of <paramref name="shift"/> (possibly scaled: <c>(x - μ) / σ</c>) is squared: multiplied by
    /// itself where written, or held in a local read only as <c>z * z</c>.
    /// </summary>
    private bool EntersOnlySquared(IOperation shift)
    {
        var node = Climb(shift);
        if (node is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } subtraction || !ReferenceEquals(Unwrap(subtraction.RightOperand), shift))
        {
            return false;
        }

        IOperation deviation = subtraction;
        while (Climb(deviation) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } scaled && ReferenceEquals(Unwrap(scaled.LeftOperand), deviation))
        {
            deviation = scaled;
        }

        switch (Climb(deviation))
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } square:
                return SameValue(Unwrap(square.LeftOperand)!, Unwrap(square.RightOperand)!);
            case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol: var local } }:
                var reads = _operations.OfType<ILocalReferenceOperation>().Where(read => SymbolEqualityComparer.Default.Equals(read.Local, local) && !read.IsDeclaration).ToList();
                return reads.Count > 0 && reads.All(read => Climb(read) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } product
                    && Unwrap(product.LeftOperand) is ILocalReferenceOperation left && Unwrap(product.RightOperand) is ILocalReferenceOperation right
                    && SymbolEqualityComparer.Default.Equals(left.Local, local) && SymbolEqualityComparer.Default.Equals(right.Local, local));
            default:
                return false;
        }
    }

    /// <summary>A log of a value no exp of data went into (<c>log σ</c>), or of one exp call (<c>log(exp(a)) = a</c>).</summary>
    private bool IsLogOfAScale(IOperation shift)
    {
        if (shift is not IInvocationOperation { Arguments.Length: 1 } log || !Symbols.IsLog(log.TargetMethod))
        {
            return false;
        }

        var argument = Unwrap(log.Arguments[0].Value);
        if (argument is ILocalReferenceOperation { Local: var local } && WritesOf(local) is { Count: 1 } writes && writes[0].Operation is IVariableDeclaratorOperation)
        {
            argument = Unwrap(writes[0].Value);
        }

        return ExpOperand(argument) is not null || argument is not null && Eval(argument).Exps.Count == 0 && !Eval(argument).IsOpaque;
    }

    /// <summary>The parent of <paramref name="operation"/> past conversions and parentheses.</summary>
    private static IOperation? Climb(IOperation operation)
    {
        var parent = operation.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation)
        {
            parent = parent.Parent;
        }

        return parent;
    }
}
