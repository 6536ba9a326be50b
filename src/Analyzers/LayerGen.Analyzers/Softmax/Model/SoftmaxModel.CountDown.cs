using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Loops that walk a range backwards, <c>for (int v = B - 1; v &gt;= 0; v--)</c> (or <c>v &gt; -1</c>, <c>0 &lt;= v</c>,
/// <c>--v</c>, <c>v -= 1</c>, <c>v = v - 1</c>) and the same as <c>v = B - 1; while (v &gt;= 0) { …; v--; }</c>: they
/// cover [0, B) exactly like their counting-up twins, so extents and whole-buffer walks read B from the start value.
/// The loop-shape pieces both directions use (<see cref="CountedLoopParts"/>, <see cref="StartValue"/>,
/// <see cref="UnitStep"/>) live here too.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>The exclusive upper bound B of a loop counting down from <c>B - 1</c> to 0, or null.</summary>
    private static IOperation? CountDownBound(IOperation loop)
    {
        if (CountedLoopParts(loop) is not var (start, step, condition)
            || StartValue(start) is not ({ } variable, { } value) || UnitStep(step, variable) != -1 || !WhileNotNegative(condition, variable)
            || Unwrap(value) is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } minus || !IsConstant(minus.RightOperand, 1))
        {
            return null;
        }

        return minus.LeftOperand;
    }

    /// <summary>
    /// The statement that starts a counted loop's variable, the step at its bottom and its condition:
    /// <c>for (start; condition; step)</c> with one of each, or <c>start;</c> directly before
    /// <c>while (condition) { …; step; }</c> in the same block.
    /// </summary>
    private static (IOperation Start, IOperation Step, IOperation? Condition)? CountedLoopParts(IOperation loop) => loop switch
    {
        IForLoopOperation { Before.Length: 1, AtLoopBottom.Length: 1 } forLoop => (forLoop.Before[0], forLoop.AtLoopBottom[0], forLoop.Condition),
        IWhileLoopOperation { ConditionIsTop: true, ConditionIsUntil: false, Body: IBlockOperation { Operations: [.., var last] }, Parent: IBlockOperation block } whileLoop
            when block.Operations.IndexOf(whileLoop) is var at && at > 0 => (block.Operations[at - 1], last, whileLoop.Condition),
        _ => null,
    };

    /// <summary>The local a loop's start statement sets and the value it sets it to (<c>int v = e</c>, <c>v = e</c>).</summary>
    private static (ISymbol? Variable, IOperation? Value) StartValue(IOperation start) => start switch
    {
        IVariableDeclarationGroupOperation { Declarations: [{ Declarators: [{ Initializer.Value: var value } declarator] }] } => (declarator.Symbol, value),
        IExpressionStatementOperation { Operation: ISimpleAssignmentOperation assignment } => (VariableOf(assignment.Target) as ILocalSymbol, assignment.Value),
        _ => (null, null),
    };

    /// <summary>+1 for <c>v++</c>, <c>++v</c>, <c>v += 1</c>, <c>v = v + 1</c>, <c>v = 1 + v</c>; −1 for <c>v--</c>, <c>--v</c>, <c>v -= 1</c>, <c>v = v - 1</c>; else null.</summary>
    private static int? UnitStep(IOperation bottom, ISymbol variable)
    {
        var step = bottom is IExpressionStatementOperation statement ? statement.Operation : bottom;
        switch (step)
        {
            case IIncrementOrDecrementOperation change when References(change.Target, variable):
                return change.Kind == OperationKind.Increment ? 1 : -1;
            case ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract } compound
                when References(compound.Target, variable) && IsConstant(compound.Value, 1):
                return compound.OperatorKind == BinaryOperatorKind.Add ? 1 : -1;
            case ISimpleAssignmentOperation { Value: var value } assignment when References(assignment.Target, variable) && Unwrap(value) is IBinaryOperation binary:
                if (binary.OperatorKind == BinaryOperatorKind.Add
                    && ((References(binary.LeftOperand, variable) && IsConstant(binary.RightOperand, 1)) || (References(binary.RightOperand, variable) && IsConstant(binary.LeftOperand, 1))))
                {
                    return 1;
                }

                return binary.OperatorKind == BinaryOperatorKind.Subtract && References(binary.LeftOperand, variable) && IsConstant(binary.RightOperand, 1) ? -1 : null;
            default:
                return null;
        }
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
