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
    private bool IsDensityTerm(IOperation shift) => EntersOnlySquared(shift) || IsLogOfAScale(WithoutConstantFactor(shift));

    /// <summary><c>v</c> of <c>c * v</c> or <c>v * c</c> with a constant <c>c</c> (<c>0.5 * log(2π σ²)</c>), else the operation.</summary>
    private static IOperation WithoutConstantFactor(IOperation operation) => operation switch
    {
        IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply, LeftOperand.ConstantValue.HasValue: true } scaled => Unwrap(scaled.RightOperand)!,
        IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply, RightOperand.ConstantValue.HasValue: true } scaled => Unwrap(scaled.LeftOperand)!,
        _ => operation,
    };

    /// <summary>
    /// The subtraction of <paramref name="shift"/> (possibly scaled: <c>(x - μ) / σ</c>) is squared: multiplied by
    /// itself where written, or held in a local read only as <c>z * z</c>.
    /// </summary>
    private bool EntersOnlySquared(IOperation shift)
    {
        var node = ParentValue(shift);
        if (node is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } subtraction || !ReferenceEquals(Unwrap(subtraction.RightOperand), shift))
        {
            return false;
        }

        IOperation deviation = subtraction;
        while (ParentValue(deviation) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } scaled && ReferenceEquals(Unwrap(scaled.LeftOperand), deviation))
        {
            deviation = scaled;
        }

        switch (ParentValue(deviation))
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } square:
                return SameValue(Unwrap(square.LeftOperand)!, Unwrap(square.RightOperand)!);
            case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol: var local } }:
                var reads = _operations.OfType<ILocalReferenceOperation>().Where(read => SymbolEqualityComparer.Default.Equals(read.Local, local) && !read.IsDeclaration).ToList();
                return reads.Count > 0 && reads.All(read => IsSquaredFactor(read, local));
            default:
                return false;
        }
    }

    /// <summary>
    /// True when <paramref name="read"/> is a factor of a product (<c>z * z</c>, <c>-0.5 * z * z</c>) in which
    /// <paramref name="local"/> appears an even number of times.
    /// </summary>
    private static bool IsSquaredFactor(IOperation read, ILocalSymbol local)
    {
        IOperation top = read;
        while (ParentValue(top) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } product)
        {
            top = product;
        }

        if (ReferenceEquals(top, read))
        {
            return false;
        }

        var count = 0;
        var pending = new System.Collections.Generic.Stack<IOperation>();
        pending.Push(top);
        while (pending.Count > 0)
        {
            switch (Unwrap(pending.Pop()))
            {
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } factor:
                    pending.Push(factor.LeftOperand);
                    pending.Push(factor.RightOperand);
                    break;
                case ILocalReferenceOperation factorRead when SymbolEqualityComparer.Default.Equals(factorRead.Local, local):
                    count++;
                    break;
            }
        }

        return count >= 2 && count % 2 == 0;
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
}
