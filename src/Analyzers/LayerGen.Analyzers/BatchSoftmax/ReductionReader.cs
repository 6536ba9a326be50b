using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using static LayerGen.Analyzers.BatchSoftmax.OperationHelpers;

namespace LayerGen.Analyzers.BatchSoftmax;

/// <summary>Recognises max and sum reductions among the operations of a block.</summary>
internal sealed class ReductionReader
{
    private readonly MethodFacts _facts;
    private readonly BufferAccessReader _accesses;

    public ReductionReader(MethodFacts facts, BufferAccessReader accesses)
    {
        _facts = facts;
        _accesses = accesses;
    }

    private SoftmaxSymbols Symbols => _facts.Symbols;

    /// <summary>The reduction <paramref name="operation"/> performs, or null.</summary>
    public Reduction? TryRead(IOperation operation) => operation switch
    {
        ISimpleAssignmentOperation assignment when ReferencedSymbol(assignment.Target) is { } target => ReadAssignment(target, assignment),
        ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add } add when ReferencedSymbol(add.Target) is { } target =>
            WholeBuffer(target, add.Value) ?? ElementSum(target, add, add.Value),
        IVariableDeclaratorOperation { Initializer: { } initializer } declarator => WholeBuffer(declarator.Symbol, initializer.Value),
        IConditionalOperation { Type: null } statement => ReadIfMax(statement),
        _ => null,
    };

    /// <summary>A max or sum over the whole buffer written as one call (LINQ or TensorPrimitives), or null.</summary>
    public Reduction? WholeBuffer(ISymbol target, IOperation? value)
    {
        if (Unwrap(value) is not IInvocationOperation call)
        {
            return null;
        }

        foreach (var kind in new[] { ReductionKind.Max, ReductionKind.Sum })
        {
            var name = kind == ReductionKind.Max ? "Max" : "Sum";
            if ((Symbols.IsEnumerableReduction(call.TargetMethod, name) || Symbols.IsTensorReduction(call.TargetMethod, name))
                && call.Arguments.Length > 0
                && _accesses.WholeBufferSource(call.Arguments[0].Value) is { } buffer)
            {
                return new Reduction(kind, target, call, null, buffer, _facts.IsExpWritten(buffer));
            }
        }

        return null;
    }

    private Reduction? ReadAssignment(ISymbol target, ISimpleAssignmentOperation assignment)
    {
        switch (Unwrap(assignment.Value))
        {
            case IInvocationOperation call when Symbols.IsScalarMax(call.TargetMethod) && call.Arguments.Length == 2:
                var other = References(call.Arguments[0].Value, target) ? call.Arguments[1].Value
                    : References(call.Arguments[1].Value, target) ? call.Arguments[0].Value
                    : null;
                return ElementMax(target, assignment, other);

            case IConditionalOperation { WhenFalse: { } whenFalse } ternary:
                if (Compare(ternary.Condition, target) is { } comparison)
                {
                    var keepsLarger = comparison.ValueIsLarger
                        ? References(whenFalse, target)
                        : References(ternary.WhenTrue, target);
                    return keepsLarger ? ElementMax(target, assignment, comparison.Value) : null;
                }

                return null;

            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add:
                var addend = References(add.LeftOperand, target) ? add.RightOperand
                    : References(add.RightOperand, target) ? add.LeftOperand
                    : null;
                return addend is null ? null : ElementSum(target, assignment, addend);

            default:
                return WholeBuffer(target, assignment.Value);
        }
    }

    /// <summary><c>if (v &gt; m) m = v;</c> (also <c>m &lt; v</c>, <c>&gt;=</c>, and a block that also records the index).</summary>
    private Reduction? ReadIfMax(IConditionalOperation statement)
    {
        var assignment = FirstAssignment(statement.WhenTrue);
        if (assignment is null || ReferencedSymbol(assignment.Target) is not { } target)
        {
            return null;
        }

        return Compare(statement.Condition, target) is { ValueIsLarger: true } comparison
            ? ElementMax(target, statement, comparison.Value)
            : null;
    }

    private static ISimpleAssignmentOperation? FirstAssignment(IOperation? branch)
    {
        switch (branch)
        {
            case IExpressionStatementOperation { Operation: ISimpleAssignmentOperation assignment }:
                return assignment;
            case IBlockOperation block:
                foreach (var statement in block.Operations)
                {
                    if (statement is IExpressionStatementOperation { Operation: ISimpleAssignmentOperation first })
                    {
                        return first;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private Reduction? ElementMax(ISymbol target, IOperation reduction, IOperation? value) =>
        _accesses.Read(value) is { } element
            ? new Reduction(ReductionKind.Max, target, reduction, element, null, _facts.IsExpDerived(value))
            : null;

    private Reduction? ElementSum(ISymbol target, IOperation reduction, IOperation? value) =>
        _accesses.FindWithin(value) is { } element
            ? new Reduction(ReductionKind.Sum, target, reduction, element, null, _facts.IsExpDerived(value))
            : null;

    /// <summary>Splits <c>v &gt; m</c> / <c>m &lt; v</c> into v and whether the condition says v is the larger.</summary>
    private static Comparison? Compare(IOperation? condition, ISymbol target)
    {
        if (Unwrap(condition) is not IBinaryOperation binary)
        {
            return null;
        }

        var greater = binary.OperatorKind is BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual;
        var less = binary.OperatorKind is BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual;
        if (!greater && !less)
        {
            return null;
        }

        if (References(binary.RightOperand, target))
        {
            return new Comparison(binary.LeftOperand, greater);
        }

        return References(binary.LeftOperand, target) ? new Comparison(binary.RightOperand, less) : null;
    }

    private sealed class Comparison
    {
        public Comparison(IOperation value, bool valueIsLarger)
        {
            Value = value;
            ValueIsLarger = valueIsLarger;
        }

        public IOperation Value { get; }

        public bool ValueIsLarger { get; }
    }
}
