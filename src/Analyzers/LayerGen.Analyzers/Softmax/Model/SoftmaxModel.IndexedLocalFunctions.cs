using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A local function (or a lambda bound once to a delegate local) that reads captured data at the positions its integer parameters name,
/// <c>double Weight(int p, int a) =&gt; Math.Exp(beta * utility[p, a]);</c>: its value at a call is what it returns, the
/// exps and raw roots of the captured buffer, so <c>prob[p, a] = Weight(p, a)</c> stores an exp of <c>utility</c> (and
/// one written raw is LG0003 at the exp inside the function). Only a local function declared outside every loop (it
/// captures no loop variable), whose body is one returned expression and whose parameters are integers read only as
/// indices, is read this way: its value then depends on the call through positions only, never through a value passed
/// in (with a value parameter, <c>Math.Exp(v / t)</c> called as <c>E(x[i] - max, t)</c> would look raw). Its body is read
/// for each call with the parameters standing for the indices passed (IndexBindings.cs): <c>Logit(k * N + i)</c> with
/// <c>double Logit(int idx) =&gt; sim[idx] / tau</c> reads column i of a flat <c>sim</c>, as the inline read does. A
/// parameterless one declared beside its call is LocalFolds.cs's; every other call keeps the helper summary.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>What an indexed local function returns (see the type remarks); null for any other call.</summary>
    private ValueFacts? IndexedLocalFunctionValue(IInvocationOperation call)
    {
        var callee = CalleeOf(call);
        if (!IsLocalHelper(callee) || callee.Parameters.Length == 0 || !WellKnownSymbols.IsNumeric(call.Type)
            || !callee.Parameters.All(parameter => parameter.RefKind == RefKind.None && parameter.Type.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64)
            || ((IOperation?)LocalFunctionDeclaration(callee) ?? InvokedLambda(call)) is not { } declaration || Contains(declaration, call) || EnclosingLoops(declaration).Any()
            || LocalHelperBody(callee) is not IBlockOperation { Operations: [IReturnOperation { ReturnedValue: { } returned }] }
            || !ReadsParametersOnlyAsIndices(returned, callee))
        {
            return null;
        }

        if (!_localValuesInProgress.TryEnter(callee, _cycles))
        {
            return null;
        }

        try
        {
            return EvalWithBoundIndices(call, callee.Parameters, returned);
        }
        finally
        {
            _localValuesInProgress.Exit(callee);
        }
    }

    /// <summary>True when every read of a parameter of <paramref name="function"/> in <paramref name="value"/> is (a term of integer arithmetic that is) an index of an element access.</summary>
    private static bool ReadsParametersOnlyAsIndices(IOperation value, IMethodSymbol function) =>
        value.DescendantsAndSelf().OfType<IParameterReferenceOperation>()
            .Where(reference => SymbolEqualityComparer.Default.Equals(reference.Parameter.ContainingSymbol?.OriginalDefinition, function))
            .All(IsIndexOfAnElementAccess);

    private static bool IsIndexOfAnElementAccess(IOperation index)
    {
        // Also a term of integer arithmetic that is the index (sim[r * n + c]): the position is still all it names.
        var operation = index;
        while (operation.Parent is IConversionOperation or IParenthesizedOperation
            || operation.Parent is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract or BinaryOperatorKind.Multiply } arithmetic
                && arithmetic.Type?.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64)
        {
            operation = operation.Parent;
        }

        return operation.Parent switch
        {
            IArrayElementReferenceOperation element => element.Indices.Contains(operation),
            IArgumentOperation { Parent: IPropertyReferenceOperation { Property.IsIndexer: true } } => true,
            _ => false,
        };
    }
}
