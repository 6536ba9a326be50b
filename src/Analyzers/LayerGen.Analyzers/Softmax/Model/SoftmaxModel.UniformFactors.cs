using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// An exp inside the loop of a normalisation whose argument does not change from one element to the next:
/// <c>d = Math.Exp(±w)</c> in AdaBoost's re-weighting (<c>w = ½ log((1 − ε) / ε)</c>, computed once per round), folded as
/// <c>weights[i] *= d; sum += weights[i]</c>. It scales elements by one of a few factors computed outside the loop; it
/// exponentiates no logit of the slice, so there is no per-element maximum to subtract: no softmax site, and the normalised weights are no softmax
/// probabilities (LG0003 and LG0005 stay silent).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// True when <paramref name="exp"/> sits in a loop and its argument (or the value of a temporary written once that
    /// it reads; for an exp helper of several parameters, the arguments of the call) reads only constants, method parameters and locals declared outside that loop and never written inside it.
    /// </summary>
    public bool IsLoopInvariantExp(IOperation exp)
    {
        if (EnclosingLoop(exp) is not { } loop || exp is not IInvocationOperation call || ExpOperand(call) is not { } operand)
        {
            return false;
        }

        // var t = -alpha; Math.Exp(t): a temporary written once stands for its value.
        if (Unwrap(operand) is ILocalReferenceOperation { Local: var temporary } && !IsInvariantIn(temporary, loop))
        {
            operand = SingleDefinition(operand) ?? operand;
        }

        // A helper's exponent (Exp(logit / t)) is written in its parameters: what varies is what the call passes.
        var read = HelperExponent(call) == operand ? call.Arguments.Select(argument => argument.Value) : new[] { operand };
        var reads = 0;
        foreach (var operation in read.SelectMany(value => value.DescendantsAndSelf()))
        {
            switch (operation)
            {
                case ILiteralOperation or IConversionOperation or IParenthesizedOperation or IUnaryOperation or IBinaryOperation:
                    continue;
                case IParameterReferenceOperation { Parameter.ContainingSymbol: IMethodSymbol { MethodKind: not MethodKind.AnonymousFunction and not MethodKind.LocalFunction } }:
                    reads++;
                    continue;
                case ILocalReferenceOperation { Local: var local } when IsInvariantIn(local, loop):
                    reads++;
                    continue;
                default:
                    return false;
            }
        }

        return reads > 0;
    }

    /// <summary>True when <paramref name="value"/> is computed from some exp that <see cref="ExponentiatesLogits"/>.</summary>
    private bool HasLogitExps(ValueFacts value) => value.Exps.Any(ExponentiatesLogits);

    /// <summary>
    /// False for an exp that cannot be a softmax's: one whose argument is the same for every element of its loop
    /// (<see cref="IsLoopInvariantExp"/>), or one that converts a value kept in log space back,
    /// <c>log ? Math.Exp(v) : v</c> (the conditional's other branch is the exp's own argument, so <c>v</c> is a log of
    /// the quantity, a log-probability, not a logit).
    /// </summary>
    public bool ExponentiatesLogits(IOperation exp) => !IsLoopInvariantExp(exp) && !IsLogSpaceConversion(exp);

    private bool IsLogSpaceConversion(IOperation exp)
    {
        if (exp is not IInvocationOperation call || ExpOperand(call) is not { } operand)
        {
            return false;
        }

        var branch = UnwrapUp(call);
        var parent = branch.Parent;

        if (parent is not IConditionalOperation { WhenFalse: { } whenFalse } conditional)
        {
            return false;
        }

        var other = conditional.WhenTrue == branch ? whenFalse : conditional.WhenTrue;
        return Unwrap(other) is { } alternative
            && (SameValueOrElement(alternative, Unwrap(operand)!) || SingleDefinition(operand) is { } defined && SameValueOrElement(alternative, defined));
    }

    /// <summary><see cref="SameValue"/>, or the same element of the same array (<c>this.p[i]</c> and <c>p[i]</c>).</summary>
    private static bool SameValueOrElement(IOperation first, IOperation second) =>
        first is IArrayElementReferenceOperation a && second is IArrayElementReferenceOperation b
            ? VariableOf(a.ArrayReference) is { } array && References(b.ArrayReference, array) && a.Indices.Length == b.Indices.Length
                && a.Indices.Zip(b.Indices, (x, y) => SameValue(x, y)).All(same => same)
            : SameValue(first, second);

    private bool IsInvariantIn(ILocalSymbol local, IOperation loop) =>
        local.DeclaringSyntaxReferences.Length == 1 && !loop.Syntax.Span.Contains(local.DeclaringSyntaxReferences[0].Span)
        && local.DeclaringSyntaxReferences[0].SyntaxTree == loop.Syntax.SyntaxTree
        && WritesOf(local).Count > 0 && WritesOf(local).All(write => !Contains(loop, write.Operation));
}
