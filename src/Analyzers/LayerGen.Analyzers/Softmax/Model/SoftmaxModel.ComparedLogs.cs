using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A log of a probability whose value is only ordered, never computed with: <c>perturbed = Math.Log(p[i]) + gumbel;
/// if (perturbed &gt; best) { best = perturbed; pick = i; }</c> (Gumbel-max sampling, an argmax of log-probabilities).
/// An underflowed <c>p</c> gives −∞, which orders below every finite value exactly as the tiny true log would: the
/// selection is the same, no NaN and no −∞ leaves the comparisons. LG0005 is about a log that is summed into a loss or
/// differentiated, so such a log is not reported.
/// </summary>
internal sealed partial class SoftmaxModel
{
    private const int MaxComparedDepth = 4;

    /// <summary>True when the value of <paramref name="log"/> flows only into comparisons (see the type's remarks).</summary>
    private bool IsOnlyCompared(IOperation log) => FlowsOnlyIntoComparisons(log, depth: 0);

    private bool FlowsOnlyIntoComparisons(IOperation value, int depth)
    {
        // Up through shifts by other terms (log p + g, log p - c) and conversions: they keep the order of −∞.
        var child = value;
        var parent = value.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation
            || parent is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract } shift
                && (shift.OperatorKind == BinaryOperatorKind.Add || shift.LeftOperand == child))
        {
            child = parent;
            parent = parent.Parent;
        }

        switch (parent)
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual or BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual }:
                return true;
            case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol: var local } }:
                return depth < MaxComparedDepth && LocalReadsOnlyCompared(local, depth);
            case ISimpleAssignmentOperation assignment when assignment.Value == child && Unwrap(assignment.Target) is ILocalReferenceOperation { Local: var target }:
                return depth < MaxComparedDepth && assignment.Parent is IExpressionStatementOperation && LocalReadsOnlyCompared(target, depth);
            case IReturnOperation returned when returned.ReturnedValue == child && depth < MaxComparedDepth && OwningFunction(returned, _root) is ILocalFunctionOperation { Symbol: var function }:
                // return best; from a local function: its calls carry the value on.
                var calls = _operations.OfType<IInvocationOperation>().Where(call => SymbolEqualityComparer.Default.Equals(call.TargetMethod, function)).ToList();
                return calls.Count > 0 && calls.All(call => FlowsOnlyIntoComparisons(call, depth + 1));
            default:
                return false;
        }
    }

    /// <summary>True when every read of <paramref name="local"/> (none at all: a value never used) flows only into comparisons, none passed as an argument.</summary>
    private bool LocalReadsOnlyCompared(ILocalSymbol local, int depth)
    {
        var reads = _operations.OfType<ILocalReferenceOperation>()
            .Where(reference => SymbolEqualityComparer.Default.Equals(reference.Local, local) && !IsWriteTarget(reference))
            .ToList();
        return reads.All(read => read.Parent is not IArgumentOperation && FlowsOnlyIntoComparisons(read, depth + 1));
    }

    /// <summary>True for the target of an assignment or declaration (not a read of the variable).</summary>
    private static bool IsWriteTarget(ILocalReferenceOperation reference) =>
        reference.Parent is ISimpleAssignmentOperation assignment && assignment.Target == reference
        || reference.IsDeclaration;
}
