using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A three-way comparison's sign as the comparison it spells: <c>v.CompareTo(m) &gt; 0</c>,
/// <c>Comparer&lt;float&gt;.Default.Compare(v, m) &gt; 0</c> (also through a local written once with it) and a call of a
/// <c>Comparison&lt;float&gt;</c> of one known value that is one of those on its two parameters
/// (<c>Comparison&lt;float&gt; cmp = (a, b) =&gt; a.CompareTo(b)</c>, then <c>cmp(v, m) &gt; 0</c>) read as <c>v &gt; m</c>;
/// <c>&lt; 0</c> as <c>v &lt; m</c>, <c>0 &lt; cmp(v, m)</c> as <c>v &gt; m</c>. So <c>if (cmp(v, best) &gt; 0) best = v</c> is the
/// max fold <c>if (v &gt; best) best = v</c> is. Only the default order of a numeric type is known: a comparer built
/// from another comparison (<c>Comparer&lt;float&gt;.Create(…)</c>), a delegate written twice or one of unknown body
/// compares in an unknown order and is no comparison here.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The operands of a sign test of a three-way comparison (see the type's summary) and whether the test says the
    /// left one is the larger; null for any other binary operation.
    /// </summary>
    private (IOperation Left, IOperation Right, bool LeftIsLarger)? ComparedBySign(IBinaryOperation binary)
    {
        var greater = binary.OperatorKind is BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual;
        var less = binary.OperatorKind is BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual;
        if (!greater && !less)
        {
            return null;
        }

        if (IsZero(binary.RightOperand) && ThreeWayOperands(binary.LeftOperand, depth: 0) is { } leftCall)
        {
            return (leftCall.First, leftCall.Second, greater);
        }

        // 0 < cmp(a, b): cmp(a, b) > 0.
        return IsZero(binary.LeftOperand) && ThreeWayOperands(binary.RightOperand, depth: 0) is { } rightCall
            ? (rightCall.First, rightCall.Second, less)
            : null;

        static bool IsZero(IOperation operand) => Unwrap(operand)?.ConstantValue is { HasValue: true, Value: 0 };
    }

    /// <summary>
    /// (a, b) when <paramref name="operation"/> is a three-way comparison of a with b in a numeric type's default order;
    /// null otherwise. <paramref name="depth"/> bounds the walk into a delegate's lambda.
    /// </summary>
    private (IOperation First, IOperation Second)? ThreeWayOperands(IOperation operation, int depth)
    {
        if (Unwrap(operation) is not IInvocationOperation call)
        {
            return null;
        }

        var method = call.TargetMethod;
        if (method is { Name: "CompareTo", IsStatic: false, Parameters.Length: 1 } && call.Instance is { } instance && call.Arguments.Length == 1
            && WellKnownSymbols.IsNumeric(method.ContainingType) && SymbolEqualityComparer.Default.Equals(method.Parameters[0].Type, method.ContainingType))
        {
            // v.CompareTo(m) on float/double itself (not the object overload).
            return (instance, call.Arguments[0].Value);
        }

        if (method is { Name: "Compare", Parameters.Length: 2 } && call.Arguments.Length == 2 && IsDefaultNumericComparer(call.Instance))
        {
            return InOrder(call);
        }

        if (method.MethodKind != MethodKind.DelegateInvoke || call.Arguments.Length != 2 || depth > 0 || InOrder(call) is not { } passed)
        {
            return null;
        }

        switch (PastDelegateCreation(KnownDelegateValue(call.Instance)))
        {
            case IMethodReferenceOperation { Method: { Name: "Compare", Parameters.Length: 2 }, Instance: var comparer } when IsDefaultNumericComparer(comparer):
                // Comparison<float> cmp = Comparer<float>.Default.Compare;
                return passed;
            case IAnonymousFunctionOperation { Symbol.Parameters: [var a, var b] } lambda
                when lambda.Body.Operations is [IReturnOperation { ReturnedValue: { } returned }] && ThreeWayOperands(returned, depth + 1) is { } inner:
                // (a, b) => a.CompareTo(b) keeps the order; (a, b) => b.CompareTo(a) reverses it.
                return IsParameter(inner.First, a) && IsParameter(inner.Second, b) ? passed
                    : IsParameter(inner.First, b) && IsParameter(inner.Second, a) ? (passed.Second, passed.First) : null;
            default:
                return null;
        }
    }

    /// <summary>The two arguments of a call in parameter order; null when they are named out of order.</summary>
    private static (IOperation First, IOperation Second)? InOrder(IInvocationOperation call) =>
        call.Arguments is [var first, var second] && first.Parameter?.Ordinal == 0 && second.Parameter?.Ordinal == 1
            ? (first.Value, second.Value)
            : null;

    /// <summary>
    /// True when <paramref name="instance"/> is <c>Comparer&lt;T&gt;.Default</c> of a numeric T, read directly or through a
    /// local written once with it.
    /// </summary>
    private bool IsDefaultNumericComparer(IOperation? instance)
    {
        var value = Unwrap(instance);
        if (value is ILocalReferenceOperation { Local: var local } && WritesOf(local) is { Count: 1 } writes)
        {
            value = Unwrap(writes[0].Value);
        }

        return value is IPropertyReferenceOperation { Property: { Name: "Default", IsStatic: true, ContainingType: { Name: "Comparer", TypeArguments: [var type] } comparer } }
            && comparer.ContainingNamespace?.ToDisplayString() == "System.Collections.Generic" && WellKnownSymbols.IsNumeric(type);
    }
}
