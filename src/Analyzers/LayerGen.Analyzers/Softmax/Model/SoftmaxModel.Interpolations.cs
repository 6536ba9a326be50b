using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// An exponential moving average: <c>ema = a * ema + (1 - a) * v</c> and its bias correction
/// <c>norm = a * norm + (1 - a)</c>, with an exp decay <c>a = exp(-dt / tau)</c> (either order of the terms, the complement
/// in a local). Each step interpolates between the old value and the new one with the complementary weights <c>a</c> and
/// <c>1 - a</c>: the exp only mixes, it is never added up, so the accumulator is no sum of exps and <c>ema / norm</c> no
/// softmax normalisation, whatever the sign of the exponent. The online softmax's rescale
/// <c>s = s * exp(mOld - m) + exp(v - m)</c> adds an exp, not the rescale's complement, and stays a sum.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>True when <paramref name="add"/> is <c>a * t + (1 - a) * v</c> (or <c>+ (1 - a)</c>) for the target <c>t</c> and an exp factor <c>a</c>.</summary>
    private bool IsInterpolation(ISymbol target, IBinaryOperation add) =>
        RescaleFactor(add.LeftOperand, target) is { } factor && IsComplementTerm(add.RightOperand, factor, depth: 0) && !MixesInAnExp(add.RightOperand, factor)
        || RescaleFactor(add.RightOperand, target) is { } other && IsComplementTerm(add.LeftOperand, other, depth: 0) && !MixesInAnExp(add.LeftOperand, other);

    /// <summary>
    /// The mixed-in value is an exp other than the factor (<c>den = a * den + (1 - a) * Math.Exp(x)</c>): a decayed sum of
    /// exps, still a sum to judge.
    /// </summary>
    private bool MixesInAnExp(IOperation term, IOperation factor) =>
        term.DescendantsAndSelf().Any(operation => !SameValue(operation, factor)
            && (operation is IInvocationOperation && ExpOperand(operation) is not null || operation is ILocalReferenceOperation && IsExpValue(operation)));

    /// <summary><c>1 - a</c>, a product with it as a factor (<c>(1 - a) * v</c>), or a local written once with either.</summary>
    private bool IsComplementTerm(IOperation term, IOperation factor, int depth)
    {
        var value = Unwrap(term);
        if (value is null || depth > 3)
        {
            return false;
        }

        return value switch
        {
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } complement => IsOne(complement.LeftOperand) && SameValue(complement.RightOperand, factor),
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } product =>
                IsComplementTerm(product.LeftOperand, factor, depth + 1) || IsComplementTerm(product.RightOperand, factor, depth + 1),
            ILocalReferenceOperation { Local: var local } when WritesOf(local) is [{ Operation: IVariableDeclaratorOperation, Value: { } written }] =>
                IsComplementTerm(written, factor, depth + 1),
            _ => false,
        };
    }
}
