using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A user fold that forwards to <c>Enumerable.Aggregate</c> (<c>static float Fold(this float[] xs, float seed,
/// Func&lt;float, float, float&gt; f) =&gt; xs.Aggregate(seed, f)</c>, also <c>Enumerable.Aggregate(xs, seed, f)</c>, the
/// seedless form, a block returning it) is read as that <c>Aggregate</c>: <c>e.Fold(0f, static (a, b) =&gt; a + b)</c>
/// sums <c>e</c> as <c>e.Aggregate(0f, (a, b) =&gt; a + b)</c> does, <c>row.Fold(-∞, Math.Max)</c> is its max. The call's
/// arguments stand where the forwarded call has the parameters, so the forwarder must pass its parameters in their own
/// order (source, [seed,] func), which is the order every positional reading of <c>Aggregate</c> assumes. Without this
/// a softmax normalised by such a fold had no sum, and its raw exps no LG0003. A fold written as the loop
/// <c>Aggregate</c> runs is read alike (UserLoopFolds.cs).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>Per user method (its original definition): whether it forwards to <c>Aggregate</c>.</summary>
    private readonly Dictionary<IMethodSymbol, bool> _userAggregates = new(SymbolEqualityComparer.Default);

    /// <summary>True for <c>Enumerable.Aggregate</c> and for a call of a user fold forwarding to it (see the type's summary).</summary>
    private bool IsAggregateCall(IInvocationOperation call) =>
        Symbols.IsEnumerable(call.TargetMethod, "Aggregate") || IsUserAggregate(call.TargetMethod);

    /// <summary>
    /// True when <paramref name="target"/> is a user method whose body only forwards its parameters, in order, to
    /// <c>Aggregate</c>, or only runs its loop (<see cref="IsLoopFold"/>).
    /// </summary>
    private bool IsUserAggregate(IMethodSymbol target)
    {
        var method = (target.ReducedFrom ?? target).OriginalDefinition;
        if (method is not { MethodKind: MethodKind.Ordinary, IsAbstract: false, IsVirtual: false, IsOverride: false, IsExtern: false, DeclaringSyntaxReferences.Length: 1 }
            || method.Parameters.Length is not (2 or 3))
        {
            return false;
        }

        if (_userAggregates.TryGetValue(method, out var known))
        {
            return known;
        }

        // Set first: a fold reached again while its body is read is none (no recursion).
        _userAggregates[method] = false;
        var forwards = ReturnedExpression(method) is IInvocationOperation forwarded && Symbols.IsEnumerable(forwarded.TargetMethod, "Aggregate")
            && forwarded.Arguments.Length == method.Parameters.Length && PassesOwnParametersInOrder(forwarded, method)
            || IsLoopFold(method);
        _userAggregates[method] = forwards;
        return forwards;
    }

    /// <summary>True when argument k of <paramref name="forwarded"/> is parameter k of <paramref name="method"/>, for every k.</summary>
    private static bool PassesOwnParametersInOrder(IInvocationOperation forwarded, IMethodSymbol method)
    {
        for (var index = 0; index < forwarded.Arguments.Length; index++)
        {
            if (PastDelegateCreation(forwarded.Arguments[index].Value) is not IParameterReferenceOperation { Parameter: var parameter }
                || parameter.Ordinal != index || !SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol.OriginalDefinition, method))
            {
                return false;
            }
        }

        return true;
    }
}
