using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// The sign of a shift made where a row was stored, then the row exponentiated (review43 B, branch helperexp3):
/// <c>z[j] = x[j] - m; … exp(z[i])</c>, <c>z = x.Select(v =&gt; v - m).ToArray()</c>, <c>TensorPrimitives.Subtract(x, m, z)</c>,
/// also written by a helper the inliner put in place. The shift is not a term of the exp's own exponent, so its sign is
/// read where it was subtracted: it enters negated when the difference is the whole stored value (nothing scales or
/// negates it there) and every term of the exponent that carries it enters positively. Then a minimum, or any other
/// known non-maximum, is judged as it is in <c>exp(x[i] - m)</c>. Anything else gives no verdict.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>True when <paramref name="shift"/> was subtracted as a stored difference that enters <paramref name="terms"/> (an exp's signed terms) positively only.</summary>
    private bool IsStoredDifferenceEnteringPositively(IOperation shift, List<(IOperation Term, bool? Positive)> terms)
    {
        if (!IsWholeStoredSubtrahend(shift))
        {
            return false;
        }

        var carrying = terms.Where(term => Eval(term.Term).Shifts.Any(carried => Unwrap(carried) == shift)).ToList();
        return carrying.Count > 0 && carrying.All(term => term.Positive == true);
    }

    /// <summary>
    /// True when <paramref name="shift"/> is what a stored difference subtracts: <c>a - shift</c> assigned, initialised
    /// or returned as it is (a lambda's <c>v =&gt; v - m</c>), <c>z[j] -= shift</c>, or the second operand of a three-argument
    /// <c>Subtract(x, shift, destination)</c>.
    /// </summary>
    private static bool IsWholeStoredSubtrahend(IOperation shift)
    {
        switch (OuterOf(shift))
        {
            case IArgumentOperation { Parameter.Ordinal: 1, Parent: IInvocationOperation { TargetMethod.Name: "Subtract", Arguments.Length: 3 } }:
                return true;
            case ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Subtract } compound:
                return Unwrap(compound.Value) == shift;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } difference when Unwrap(difference.RightOperand) == shift:
                return OuterOf(difference) switch
                {
                    ISimpleAssignmentOperation assignment => Unwrap(assignment.Value) == difference,
                    IVariableInitializerOperation or IReturnOperation => true,
                    _ => false,
                };
            default:
                return false;
        }
    }

    /// <summary>The first parent of <paramref name="operation"/> that is no conversion or parenthesis.</summary>
    private static IOperation? OuterOf(IOperation operation)
    {
        var parent = operation.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation)
        {
            parent = parent.Parent;
        }

        return parent;
    }
}
