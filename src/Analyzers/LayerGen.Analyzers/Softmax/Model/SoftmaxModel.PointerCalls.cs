using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Calls through a function pointer of one known target read as calls of that method, as delegates of one known value
/// do (DelegateMembers.cs): <c>delegate*&lt;float, float&gt; e = &amp;MathF.Exp; … e(x[k] - m)</c> is the exp
/// <c>MathF.Exp(x[k] - m)</c>, <c>delegate*&lt;float, float, float&gt; pick = &amp;MathF.Max; peak = pick(peak, v)</c> the
/// max fold, <c>delegate* managed&lt;double, double, double&gt; e = &amp;Shifted</c> the exp helper <c>Shifted</c>. The
/// pointer is a local written once or a field of this file whose every write stores the same address; any other
/// pointer (a parameter, one written twice, one loaded from unmanaged code) calls an unknown method.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The method <paramref name="call"/> runs when its pointer holds one known address of a method taking as many
    /// parameters as the call passes; else null.
    /// </summary>
    private IMethodSymbol? PointedMethod(IFunctionPointerInvocationOperation call) =>
        PastDelegateCreation(KnownDelegateValue(call.Target)) is IMethodReferenceOperation { Method: var method }
        && method.Parameters.Length == call.Arguments.Length && method.ReducedFrom is null
            ? method
            : null;

    /// <summary>
    /// The method a call runs, through a delegate or a function pointer of one known value (<see cref="InvokedMethod"/>,
    /// <see cref="PointedMethod"/>), with its arguments; null for anything that is no call.
    /// </summary>
    private (IMethodSymbol Method, System.Collections.Immutable.ImmutableArray<IArgumentOperation> Arguments)? CalledMethod(IOperation? operation) => operation switch
    {
        IInvocationOperation call => (InvokedMethod(call), call.Arguments),
        IFunctionPointerInvocationOperation pointer when PointedMethod(pointer) is { } method => (method, pointer.Arguments),
        _ => null,
    };

    /// <summary>The helper a call runs: <see cref="CalleeOf"/> of an invocation, the known target of a function pointer; else null.</summary>
    private IMethodSymbol? HelperCallee(IOperation call) => call switch
    {
        IInvocationOperation invocation => CalleeOf(invocation),
        IFunctionPointerInvocationOperation pointer => PointedMethod(pointer)?.OriginalDefinition,
        _ => null,
    };

    /// <summary>The arguments of a method, delegate or function-pointer call; null for anything else.</summary>
    private static System.Collections.Immutable.ImmutableArray<IArgumentOperation>? ArgumentsOf(IOperation call) => call switch
    {
        IInvocationOperation invocation => invocation.Arguments,
        IFunctionPointerInvocationOperation pointer => pointer.Arguments,
        _ => null,
    };

    /// <summary>
    /// The parameter an argument is passed for: its own, or for a function-pointer call (whose arguments match no
    /// parameter symbol and cannot be named) its position.
    /// </summary>
    private static int? ArgumentOrdinal(IOperation call, IArgumentOperation argument, int index) =>
        argument.Parameter?.Ordinal ?? (call is IFunctionPointerInvocationOperation ? index : null);

    /// <summary>
    /// The exponent of a call through a function pointer to an exp (<c>&amp;MathF.Exp</c>) or to an exp helper of one
    /// parameter (<see cref="IsExpHelper"/>); null for any other call.
    /// </summary>
    private IOperation? PointerExpOperand(IFunctionPointerInvocationOperation call) =>
        call.Arguments.Length == 1 && PointedMethod(call) is { } method && (Symbols.IsExp(method) || IsExpHelper(method.OriginalDefinition))
            ? call.Arguments[0].Value
            : null;
}
