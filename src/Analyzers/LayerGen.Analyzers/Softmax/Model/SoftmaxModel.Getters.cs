using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A parameter-free getter of the project (Java style, <c>double getTemperature() { return temperature; }</c>,
/// <c>=&gt; Scale * 2</c>, <c>=&gt; 1.5</c>): a method whose body only returns arithmetic of constants, scalar fields and
/// properties of this instance or type, and calls of other such getters. A call of one whose returned value is
/// data-free (no data, no exp, no shift: a temperature, a constant) is that value, as the member read inline is, so
/// <c>exp(d[k] / getTemperature())</c> is judged as <c>exp(d[k] / temperature)</c>. Any other call stays as before.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>Getters are followed through at most this many nested getter calls (a cycle never qualifies).</summary>
    private const int MaxGetterHops = 3;

    /// <summary>The data-free facts of a call of a parameter-free getter (see the type's summary); null for any other call.</summary>
    private ValueFacts? GetterValue(IInvocationOperation invocation)
    {
        if (invocation.Arguments.Length != 0 || !WellKnownSymbols.IsNumeric(invocation.Type) || InvokedLambda(invocation) is not null
            || GetterReturned(invocation.TargetMethod.OriginalDefinition, 0) is not { } returned)
        {
            return null;
        }

        var facts = Eval(returned);
        return facts is { IsOpaque: false, IsProbability: false, RawRoots.Count: 0, Exps.Count: 0, Shifts.Count: 0 } ? facts : null;
    }

    /// <summary>
    /// The one value a parameter-free, non-virtual source method returns when it is a getter's (see the type's summary);
    /// null for any other method.
    /// </summary>
    private IOperation? GetterReturned(IMethodSymbol method, int hops)
    {
        if (hops > MaxGetterHops || method.Parameters.Length != 0 || method.MethodKind != MethodKind.Ordinary || method.IsGenericMethod
            || method.IsAbstract || method.IsVirtual || method.IsOverride || method.IsExtern || method.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        var body = HelperBody(method);
        if (body is IBlockOperation { Operations: [IReturnOperation { ReturnedValue: { } only }] })
        {
            body = only;
        }

        return body is not null and not IBlockOperation && IsGetterExpression(body, hops) ? body : null;
    }

    /// <summary>True when <paramref name="operation"/> is arithmetic of constants, this instance's or type's scalar members and other getters' calls.</summary>
    private bool IsGetterExpression(IOperation operation, int hops)
    {
        if (operation.ConstantValue.HasValue)
        {
            return true;
        }

        return operation switch
        {
            IConversionOperation conversion => IsGetterExpression(conversion.Operand, hops),
            IParenthesizedOperation parenthesized => IsGetterExpression(parenthesized.Operand, hops),
            IUnaryOperation unary => IsGetterExpression(unary.Operand, hops),
            IBinaryOperation binary => IsGetterExpression(binary.LeftOperand, hops) && IsGetterExpression(binary.RightOperand, hops),
            IFieldReferenceOperation { Field: var field, Instance: null or IInstanceReferenceOperation } => WellKnownSymbols.IsNumeric(field.Type),
            IPropertyReferenceOperation { Property: { IsIndexer: false } property, Instance: null or IInstanceReferenceOperation } => WellKnownSymbols.IsNumeric(property.Type),
            IInvocationOperation { Arguments.Length: 0, Instance: null or IInstanceReferenceOperation } call
                => GetterReturned(call.TargetMethod.OriginalDefinition, hops + 1) is not null,
            _ => false,
        };
    }
}
