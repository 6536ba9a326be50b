using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Branch guards. A division guarded against 0 / 0 by a branch on its divisor: it runs only where the divisor is known to be
/// positive — inside <c>if (sum &gt; 1e-10)</c>, <c>sum != 0 ? e / sum : 0</c> or <c>0 &lt; sum &amp;&amp; …</c>, in the
/// else branch of <c>if (sum &lt;= 0)</c>, or after an early exit <c>if (sum == 0) return;</c> (<c>continue</c>,
/// <c>break</c>, <c>throw</c>) earlier in an enclosing block — also the blocks around a lambda passed to a call such as
/// <c>Parallel.For</c>, which runs at the call. A sum of exps is never negative, so "not zero" is enough.
/// The same walk finds an entropy term <c>p * log(p)</c> that runs only where <c>p &gt; 0</c> (<c>SoftmaxModel.Logs.cs</c>).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>True when <paramref name="division"/> only runs where its divisor is positive (see the type's remarks).</summary>
    private bool IsBranchGuarded(IOperation division) =>
        VariableOf(Unwrap(DivisorOf(division))) is { } divisor && RunsOnlyWherePositive(division, operand => References(Unwrap(operand), divisor));

    /// <summary>
    /// True when <paramref name="operation"/> runs only where the value <paramref name="isValue"/> recognises is positive:
    /// inside a branch (statement or <c>?:</c>) whose condition proves it, or after an early exit taken when it is not.
    /// </summary>
    private bool RunsOnlyWherePositive(IOperation operation, System.Func<IOperation, bool> isValue) =>
        RunsOnlyWhere(operation, (condition, whenTrue) => ImpliesPositive(condition, isValue, whenTrue));

    /// <summary>
    /// True when <paramref name="operation"/> runs only where a fact holds: inside a branch (statement or <c>?:</c>)
    /// whose condition, with the value taken, <paramref name="implies"/> it, or after an early exit taken when it does not.
    /// </summary>
    private bool RunsOnlyWhere(IOperation operation, System.Func<IOperation, bool, bool> implies)
    {
        IOperation child = operation;
        for (var parent = operation.Parent; parent is not null && parent != _root.Parent; child = parent, parent = parent.Parent)
        {
            switch (parent)
            {
                case IConditionalOperation conditional when child == conditional.WhenTrue && implies(conditional.Condition, true):
                case IConditionalOperation conditional2 when child == conditional2.WhenFalse && implies(conditional2.Condition, false):
                    return true;
                case IBlockOperation block when ExitsEarlierUnless(block, child, implies):
                    return true;
                case IAnonymousFunctionOperation { Parent: IDelegateCreationOperation { Parent: IArgumentOperation } }:
                    // A lambda passed to a call (Parallel.For, ForEach) runs there, under the caller's guards: keep walking.
                    break;
                case IAnonymousFunctionOperation or ILocalFunctionOperation:
                    return false;
            }
        }

        return false;
    }

    private static IOperation? DivisorOf(IOperation division) => division switch
    {
        IBinaryOperation binary => binary.RightOperand,
        ICompoundAssignmentOperation compound => compound.Value,
        _ => null,
    };

    /// <summary>An <c>if (…) return/continue/break/throw;</c> before <paramref name="statement"/> in the block, taken whenever the fact does not hold.</summary>
    private static bool ExitsEarlierUnless(IBlockOperation block, IOperation statement, System.Func<IOperation, bool, bool> implies)
    {
        foreach (var earlier in block.Operations)
        {
            if (earlier == statement)
            {
                return false;
            }

            if (earlier is IConditionalOperation { WhenFalse: null } exit && Exits(exit.WhenTrue) && implies(exit.Condition, false))
            {
                return true;
            }
        }

        return false;

        static bool Exits(IOperation operation) => operation switch
        {
            IBranchOperation { BranchKind: BranchKind.Continue or BranchKind.Break } or IReturnOperation or IThrowOperation => true,
            IExpressionStatementOperation { Operation: IThrowOperation } => true,
            IBlockOperation { Operations.Length: > 0 } block => Exits(block.Operations[block.Operations.Length - 1]),
            _ => false,
        };
    }

    /// <summary>
    /// True when the condition having the value <paramref name="whenTrue"/> proves the value <paramref name="isValue"/>
    /// recognises &gt; 0 (a sum of exps or a probability is ≥ 0, so "≠ 0" proves it too): <c>s &gt; c</c> with c ≥ 0, <c>s ≥ c</c> with c &gt; 0, <c>s != 0</c>,
    /// mirrored operands, a conjunction when true (either side), a disjunction when false (either side), negation.
    /// </summary>
    private static bool ImpliesPositive(IOperation condition, System.Func<IOperation, bool> isValue, bool whenTrue)
    {
        switch (Unwrap(condition))
        {
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } negation:
                return ImpliesPositive(negation.Operand, isValue, !whenTrue);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd } both when whenTrue:
                return ImpliesPositive(both.LeftOperand, isValue, true) || ImpliesPositive(both.RightOperand, isValue, true);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalOr } either when !whenTrue:
                return ImpliesPositive(either.LeftOperand, isValue, false) || ImpliesPositive(either.RightOperand, isValue, false);
            case IBinaryOperation comparison:
                var kind = comparison.OperatorKind;
                double? bound;
                if (isValue(comparison.LeftOperand) && (bound = ConstantOf(comparison.RightOperand)) is not null)
                {
                    // s op c
                }
                else if (isValue(comparison.RightOperand) && (bound = ConstantOf(comparison.LeftOperand)) is not null)
                {
                    kind = Mirror(kind); // c op s is s op' c
                }
                else
                {
                    return false;
                }

                kind = whenTrue ? kind : Negate(kind);
                return kind switch
                {
                    BinaryOperatorKind.GreaterThan => bound >= 0,
                    BinaryOperatorKind.GreaterThanOrEqual => bound > 0,
                    BinaryOperatorKind.NotEquals => bound == 0,
                    _ => false,
                };
            default:
                return false;
        }
    }

    private static double? ConstantOf(IOperation operation) =>
        Unwrap(operation) is { ConstantValue: { HasValue: true, Value: { } value } } ? AsDouble(value) : null;

    private static BinaryOperatorKind Mirror(BinaryOperatorKind kind) => kind switch
    {
        BinaryOperatorKind.LessThan => BinaryOperatorKind.GreaterThan,
        BinaryOperatorKind.LessThanOrEqual => BinaryOperatorKind.GreaterThanOrEqual,
        BinaryOperatorKind.GreaterThan => BinaryOperatorKind.LessThan,
        BinaryOperatorKind.GreaterThanOrEqual => BinaryOperatorKind.LessThanOrEqual,
        _ => kind,
    };

    private static BinaryOperatorKind Negate(BinaryOperatorKind kind) => kind switch
    {
        BinaryOperatorKind.LessThan => BinaryOperatorKind.GreaterThanOrEqual,
        BinaryOperatorKind.LessThanOrEqual => BinaryOperatorKind.GreaterThan,
        BinaryOperatorKind.GreaterThan => BinaryOperatorKind.LessThanOrEqual,
        BinaryOperatorKind.GreaterThanOrEqual => BinaryOperatorKind.LessThan,
        BinaryOperatorKind.Equals => BinaryOperatorKind.NotEquals,
        BinaryOperatorKind.NotEquals => BinaryOperatorKind.Equals,
        _ => BinaryOperatorKind.None,
    };
}
