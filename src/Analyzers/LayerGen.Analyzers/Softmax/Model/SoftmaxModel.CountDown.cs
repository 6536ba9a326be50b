using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Loops that walk a range backwards, <c>for (int v = B - 1; v &gt;= 0; v--)</c> (or <c>v &gt; -1</c>, <c>0 &lt;= v</c>,
/// <c>--v</c>, <c>v -= 1</c>, <c>v = v - 1</c>) and the same as <c>v = B - 1; while (v &gt;= 0) { …; v--; }</c>: they
/// cover [0, B) exactly like their counting-up twins, so extents and whole-buffer walks read B from the start value.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>The exclusive upper bound B of a loop counting down from <c>B - 1</c> to 0, or null.</summary>
    private static IOperation? CountDownBound(IOperation loop)
    {
        IOperation? start;
        IOperation? step;
        IOperation? condition;
        switch (loop)
        {
            case IForLoopOperation { Before.Length: 1, AtLoopBottom.Length: 1 } forLoop:
                start = forLoop.Before[0];
                step = forLoop.AtLoopBottom[0];
                condition = forLoop.Condition;
                break;
            case IWhileLoopOperation { ConditionIsTop: true, ConditionIsUntil: false, Body: IBlockOperation { Operations: [.., var last] }, Parent: IBlockOperation block } whileLoop
                when block.Operations.IndexOf(whileLoop) is var at && at > 0:
                start = block.Operations[at - 1];
                step = last;
                condition = whileLoop.Condition;
                break;
            default:
                return null;
        }

        if (StartValue(start) is not ({ } variable, { } value) || !StepsDownByOne(step, variable) || !WhileNotNegative(condition, variable)
            || Unwrap(value) is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } minus
            || Unwrap(minus.RightOperand)!.ConstantValue is not { HasValue: true, Value: 1 })
        {
            return null;
        }

        return minus.LeftOperand;
    }

    /// <summary>The local a loop's start statement sets and the value it sets it to (<c>int v = e</c>, <c>v = e</c>).</summary>
    private static (ISymbol? Variable, IOperation? Value) StartValue(IOperation start) => start switch
    {
        IVariableDeclarationGroupOperation { Declarations: [{ Declarators: [{ Initializer.Value: var value } declarator] }] } => (declarator.Symbol, value),
        IExpressionStatementOperation { Operation: ISimpleAssignmentOperation assignment } => (VariableOf(assignment.Target) as ILocalSymbol, assignment.Value),
        _ => (null, null),
    };

    private static bool StepsDownByOne(IOperation bottom, ISymbol variable)
    {
        var step = bottom is IExpressionStatementOperation statement ? statement.Operation : bottom;
        return step switch
        {
            IIncrementOrDecrementOperation { Kind: OperationKind.Decrement } decrement => References(decrement.Target, variable),
            ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Subtract } subtract => References(subtract.Target, variable) && IsConstant(subtract.Value, 1),
            ISimpleAssignmentOperation { Value: var value } assignment => References(assignment.Target, variable)
                && Unwrap(value) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } difference
                && References(difference.LeftOperand, variable) && IsConstant(difference.RightOperand, 1),
            _ => false,
        };
    }

    /// <summary><c>v &gt;= 0</c>, <c>v &gt; -1</c>, <c>0 &lt;= v</c>, <c>-1 &lt; v</c>.</summary>
    private static bool WhileNotNegative(IOperation? condition, ISymbol variable) => Unwrap(condition) is IBinaryOperation comparison && comparison.OperatorKind switch
    {
        BinaryOperatorKind.GreaterThanOrEqual => References(comparison.LeftOperand, variable) && IsConstant(comparison.RightOperand, 0),
        BinaryOperatorKind.GreaterThan => References(comparison.LeftOperand, variable) && IsConstant(comparison.RightOperand, -1),
        BinaryOperatorKind.LessThanOrEqual => References(comparison.RightOperand, variable) && IsConstant(comparison.LeftOperand, 0),
        BinaryOperatorKind.LessThan => References(comparison.RightOperand, variable) && IsConstant(comparison.LeftOperand, -1),
        _ => false,
    };

    private static bool IsConstant(IOperation? operation, int value) => Unwrap(operation)?.ConstantValue is { HasValue: true, Value: int constant } && constant == value;
}
