using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A local function that reads captured data at the positions its integer parameters name,
/// <c>double Weight(int p, int a) =&gt; Math.Exp(beta * utility[p, a]);</c>: its value at a call is what it returns, the
/// exps and raw roots of the captured buffer, so <c>prob[p, a] = Weight(p, a)</c> stores an exp of <c>utility</c> (and
/// one written raw is LG0003 at the exp inside the function). Only a local function declared outside every loop (it
/// captures no loop variable), whose body is one returned expression and whose parameters are integers read only as
/// indices, is read this way: its value then depends on the call through positions only, never through a value passed
/// in (with a value parameter, <c>Math.Exp(v / t)</c> called as <c>E(x[i] - max, t)</c> would look raw). A
/// parameterless one declared beside its call is LocalFolds.cs's; every other call keeps the helper summary.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>What an indexed local function returns (see the type remarks); null for any other call.</summary>
    private ValueFacts? IndexedLocalFunctionValue(IInvocationOperation call)
    {
        var callee = call.TargetMethod.OriginalDefinition;
        if (callee.MethodKind != MethodKind.LocalFunction || callee.Parameters.Length == 0 || !WellKnownSymbols.IsNumeric(call.Type)
            || !callee.Parameters.All(parameter => parameter.RefKind == RefKind.None && parameter.Type.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64)
            || LocalFunctionDeclaration(callee) is not { } declaration || Contains(declaration, call) || EnclosingLoops(declaration).Any()
            || (declaration.Body ?? declaration.IgnoredBody) is not { Operations: [IReturnOperation { ReturnedValue: { } returned }] }
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
            return Eval(returned);
        }
        finally
        {
            _localValuesInProgress.Exit(callee);
        }
    }

    /// <summary>True when every read of a parameter of <paramref name="function"/> in <paramref name="value"/> is an index of an element access.</summary>
    private static bool ReadsParametersOnlyAsIndices(IOperation value, IMethodSymbol function) =>
        value.DescendantsAndSelf().OfType<IParameterReferenceOperation>()
            .Where(reference => SymbolEqualityComparer.Default.Equals(reference.Parameter.ContainingSymbol?.OriginalDefinition, function))
            .All(IsIndexOfAnElementAccess);

    private static bool IsIndexOfAnElementAccess(IOperation index)
    {
        var operation = index;
        while (operation.Parent is IConversionOperation or IParenthesizedOperation)
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
