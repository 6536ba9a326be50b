using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A static or private helper method of the same type that takes the buffer and a flat index and returns one
/// expression reading the buffer at that index (<c>static double Logit(double[] sim, int idx, double tau) =&gt; sim[idx] / tau;</c>):
/// its value at a call is its body's with the buffer parameter standing for the caller's buffer and the index parameter
/// for the caller's index (IndexBindings.cs), other numeric parameters bound to the caller's values (CallerArguments.cs).
/// <c>Logit(sim, k * N + i, tau)</c> then reads column i of <c>sim</c> as the inline <c>sim[k * N + i] / tau</c> does,
/// like an indexed local function (IndexedLocalFunctions.cs).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>What an indexed helper method returns for <paramref name="call"/> (see the type remarks); null for any other call.</summary>
    private ValueFacts? IndexedHelperMethodValue(IInvocationOperation call)
    {
        var callee = CalleeOf(call);
        if (callee.MethodKind != MethodKind.Ordinary || !(callee.IsStatic || callee.DeclaredAccessibility == Accessibility.Private)
            || callee.IsGenericMethod || !WellKnownSymbols.IsNumeric(call.Type) || callee.Parameters.Length < 2 || call.Arguments.Length != callee.Parameters.Length
            || call.Arguments.Any(argument => argument.ArgumentKind != ArgumentKind.Explicit || argument.Parameter is null)
            || callee.Parameters.Any(parameter => parameter.RefKind != RefKind.None)
            || !SymbolEqualityComparer.Default.Equals(callee.ContainingType, EnclosingType())
            || SingleReturnedExpression(callee) is not { } returned || !ReadsBufferAtIndexOnly(returned, callee))
        {
            return null;
        }

        if (!_localValuesInProgress.TryEnter(callee, _cycles))
        {
            return null;
        }

        try
        {
            // The caller's values, read in the caller's terms before any parameter is bound.
            var facts = new ValueFacts?[callee.Parameters.Length];
            var operations = new IOperation?[callee.Parameters.Length];
            foreach (var argument in call.Arguments)
            {
                var ordinal = argument.Parameter!.Ordinal;
                operations[ordinal] = Unwrap(argument.Value);
                facts[ordinal] = IsValueParameter(callee.Parameters[ordinal]) ? Eval(argument.Value) : ValueFacts.Empty;
            }

            var previous = BindParameters(callee, facts, operations);
            try
            {
                ForgetViews(returned);
                var value = EvalWithBoundIndices(call, callee.Parameters, returned);
                ForgetViews(returned);
                return value;
            }
            finally
            {
                RestoreBindings(previous);
            }
        }
        finally
        {
            _localValuesInProgress.Exit(callee);
        }
    }

    /// <summary>The one expression a helper method returns (expression body, or a block of one return); null otherwise.</summary>
    private IOperation? SingleReturnedExpression(IMethodSymbol method) => HelperBody(method) switch
    {
        IBlockOperation { Operations: [IReturnOperation { ReturnedValue: { } value }] } => value,
        IBlockOperation => null,
        { } expression => expression,
        null => null,
    };

    /// <summary>The type declaring the analysed method; null when unknown.</summary>
    private INamedTypeSymbol? EnclosingType() =>
        _root.SemanticModel?.GetEnclosingSymbol(_root.Syntax.SpanStart, _cancellationToken)?.ContainingType;

    /// <summary>
    /// True when the body reads some flat buffer parameter only as the array of an element access, every integer
    /// parameter only as (a term of) such an element's index, and every other parameter is a number; the body calls nothing.
    /// </summary>
    private static bool ReadsBufferAtIndexOnly(IOperation returned, IMethodSymbol method)
    {
        var readsBuffer = false;
        foreach (var operation in returned.DescendantsAndSelf())
        {
            if (operation is IInvocationOperation or IAnonymousFunctionOperation or IAssignmentOperation or IIncrementOrDecrementOperation)
            {
                return false;
            }

            if (operation is not IParameterReferenceOperation { Parameter: var parameter }
                || !SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol?.OriginalDefinition, method))
            {
                continue;
            }

            if (IsFlatBufferParameter(parameter))
            {
                if (operation.Parent is not IArrayElementReferenceOperation { Indices.Length: 1 } element || element.ArrayReference != operation)
                {
                    return false;
                }

                readsBuffer = true;
            }
            else if (parameter.Type.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64)
            {
                if (!IsIndexOfAnElementAccess(operation))
                {
                    return false;
                }
            }
            else if (!IsValueParameter(parameter))
            {
                return false;
            }
        }

        return readsBuffer;
    }

    private static bool IsFlatBufferParameter(IParameterSymbol parameter) =>
        parameter.Type is IArrayTypeSymbol { Rank: 1 } array && WellKnownSymbols.IsNumeric(array.ElementType);

    /// <summary>A floating-point (or decimal) parameter: a value bound to the caller's, never an index or a buffer.</summary>
    private static bool IsValueParameter(IParameterSymbol parameter) =>
        parameter.Type.SpecialType is SpecialType.System_Double or SpecialType.System_Single or SpecialType.System_Decimal;

    /// <summary>Drops the cached views of <paramref name="body"/>'s operations (a bound buffer parameter is another buffer at each call).</summary>
    private void ForgetViews(IOperation body)
    {
        foreach (var operation in body.DescendantsAndSelf())
        {
            _viewCache.Remove(operation);
        }
    }
}
