using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A Gaussian kernel over data normalised behind a guard: <c>P[m] = exp(-beta * d * d)</c> with
/// <c>sum = DBL_MIN; sum += P[m]</c> (t-SNE's perplexity search). The exponent is a negated product whose data
/// factors pair up into squares and whose other factors are scalars taken as positive (as the scales of
/// docs/rules/LG0003.md), so it is ≤ 0 and exp cannot overflow; the sum starts at a positive constant, so even when
/// every term underflows there is no 0 / 0. Such an exp needs no maximum subtracted (LG0003 stays silent).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>True when <paramref name="exp"/>'s exponent is provably ≤ 0 and <paramref name="sum"/> starts at a positive constant.</summary>
    public bool IsGuardedNonPositiveExp(IOperation exp, Reduction sum) =>
        exp is IInvocationOperation call && ExpOperand(call) is { } operand && IsNonPositiveProduct(SingleDefinition(operand) ?? operand) && StartsPositive(sum);

    private bool IsNonPositiveProduct(IOperation operand)
    {
        var factors = new List<IOperation>();
        var negations = 0;
        Flatten(operand, factors, ref negations);
        if (negations % 2 == 0 || factors.Count == 0)
        {
            return false;
        }

        var unpaired = new List<IOperation>();
        foreach (var factor in factors)
        {
            var match = unpaired.FindIndex(other => SameValue(other, factor));
            if (match >= 0)
            {
                unpaired.RemoveAt(match);
            }
            else
            {
                unpaired.Add(factor);
            }
        }

        // What is left unpaired must be a non-negative constant or a scalar scale (a local or parameter, not an element).
        return unpaired.All(factor => factor.ConstantValue is { HasValue: true, Value: { } value } ? AsDouble(value) is >= 0
            : factor is ILocalReferenceOperation or IParameterReferenceOperation && WellKnownSymbols.IsNumeric(factor.Type));
    }

    private static void Flatten(IOperation operation, List<IOperation> factors, ref int negations)
    {
        operation = Unwrap(operation)!;
        switch (operation)
        {
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus, Operand: var negated }:
                negations++;
                Flatten(negated, factors, ref negations);
                break;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } product:
                Flatten(product.LeftOperand, factors, ref negations);
                Flatten(product.RightOperand, factors, ref negations);
                break;
            case { ConstantValue: { HasValue: true, Value: { } value } } when AsDouble(value) is < 0:
                negations++;
                break;
            default:
                factors.Add(operation);
                break;
        }
    }

    /// <summary>Every start of the sum's accumulator (a write that folds nothing in) is a positive constant.</summary>
    private bool StartsPositive(Reduction sum)
    {
        var targets = sum.Folds.Select(fold => fold switch
        {
            ICompoundAssignmentOperation compound => VariableOf(compound.Target),
            ISimpleAssignmentOperation simple => VariableOf(simple.Target),
            _ => null,
        }).Distinct(SymbolEqualityComparer.Default).ToList();
        if (targets.Count != 1 || targets[0] is not { } accumulator)
        {
            return false;
        }

        var starts = WritesOf(accumulator).Where(write => Accumulation(accumulator, write.Operation, write.Value) is null).ToList();
        return starts.Count > 0 && starts.All(write => write.Operation is IVariableDeclaratorOperation or ISimpleAssignmentOperation
            && Unwrap(write.Value) is { ConstantValue: { HasValue: true, Value: { } value } } && AsDouble(value) is > 0);
    }
}
