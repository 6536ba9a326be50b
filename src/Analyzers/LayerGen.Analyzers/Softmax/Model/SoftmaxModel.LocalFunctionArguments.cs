using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A parameter of a local function called from one place in this method is what that call passes:
/// <c>foreach (var r in rows) Norm(r); void Norm(double[] row) { … Math.Exp(row[j] - peak) … }</c> reads row
/// <c>r</c> of <c>rows</c>, as the loop written inline does, so a peak folded over every row of <c>rows</c> is seen
/// wider than the row (LG0001), not as the max of some other buffer (which read as no shift at all, LG0003). A buffer
/// parameter is the argument's view (<see cref="ParameterView"/>), a number the caller's operand
/// (<see cref="CallerOperand"/>, a max passed in read where the call is), and the loops around the call are batch
/// loops of a site in the body. The body is part of this model and read once, so only one call can bind it: with
/// several calls, a method-group use or a parameter the body writes, a parameter stays a variable of its own (the
/// helper summary still translates it at each call).
/// </summary>
internal sealed partial class SoftmaxModel
{
    private readonly Dictionary<IMethodSymbol, IInvocationOperation?> _oneLocalCalls = new(SymbolEqualityComparer.Default);

    private readonly Dictionary<IParameterSymbol, IOperation?> _localFunctionArguments = new(SymbolEqualityComparer.Default);

    /// <summary>Argument (unwrapped) passed by the one call of a local function → that call.</summary>
    private readonly Dictionary<IOperation, IInvocationOperation> _localFunctionArgumentCalls = new();

    /// <summary>The argument the one call of its local function passes for <paramref name="parameter"/>; null when there is none to bind.</summary>
    private IOperation? LocalFunctionArgument(IParameterSymbol parameter)
    {
        if (_localFunctionArguments.TryGetValue(parameter, out var known))
        {
            return known;
        }

        IOperation? argument = null;
        if (parameter is { RefKind: RefKind.None or RefKind.In, IsParams: false, ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.LocalFunction } function }
            && OneLocalCall(function) is { } call && ArgumentFor(call, parameter.Ordinal) is { } passed && WritesOf(parameter).Count == 0)
        {
            argument = passed;
            _localFunctionArgumentCalls[Unwrap(passed)!] = call;
        }

        _localFunctionArguments[parameter] = argument;
        return argument;
    }

    /// <summary>
    /// The call that passes <paramref name="operand"/> to a local function (<c>Norm(r, m)</c> for <c>m</c>), when it
    /// stands for that function's parameter (<see cref="CallerOperand"/>): a max read there is read where the call is,
    /// so a per-row <c>m</c> folded just before the call is fresh, not stale at the exp inside the function.
    /// </summary>
    private IInvocationOperation? LocalArgumentCall(IOperation operand) =>
        _localFunctionArgumentCalls.Count > 0 && _localFunctionArgumentCalls.TryGetValue(Unwrap(operand)!, out var call) ? call : null;

    /// <summary>
    /// The loops around the one call of the local function whose body holds <paramref name="operation"/>, when that
    /// function has parameters bound to the call's arguments (<c>for (i …) Norm(rows[i])</c>: <c>i</c>); else none.
    /// </summary>
    private IEnumerable<IOperation> CallerLoops(IOperation operation)
    {
        var function = OwningFunction(operation, _root);
        return function is ILocalFunctionOperation { Symbol: { Parameters.Length: > 0 } symbol } && OneLocalCall(symbol) is { } call
            && symbol.Parameters.Any(parameter => LocalFunctionArgument(parameter) is not null)
            ? EnclosingLoops(call)
            : Enumerable.Empty<IOperation>();
    }

    /// <summary>The one call of local function <paramref name="function"/> in this method (not from its own body); null when it has none, several, or is used as a delegate.</summary>
    private IInvocationOperation? OneLocalCall(IMethodSymbol function)
    {
        function = function.OriginalDefinition;
        if (_oneLocalCalls.TryGetValue(function, out var known))
        {
            return known;
        }

        _oneLocalCalls[function] = null;
        var call = FindOneLocalCall(function);
        _oneLocalCalls[function] = call;
        return call;
    }

    private IInvocationOperation? FindOneLocalCall(IMethodSymbol function)
    {
        if (LocalFunctionDeclaration(function) is not { } declaration)
        {
            return null;
        }

        IInvocationOperation? found = null;
        foreach (var operation in _operations)
        {
            switch (operation)
            {
                case IMethodReferenceOperation reference when SymbolEqualityComparer.Default.Equals(reference.Method.OriginalDefinition, function):
                    // Passed as a delegate: called from places this model does not see.
                    return null;
                case IInvocationOperation call when SymbolEqualityComparer.Default.Equals(call.TargetMethod.OriginalDefinition, function):
                    if (found is not null || Contains(declaration, call))
                    {
                        return null;
                    }

                    found = call;
                    break;
            }
        }

        return found;
    }
}
