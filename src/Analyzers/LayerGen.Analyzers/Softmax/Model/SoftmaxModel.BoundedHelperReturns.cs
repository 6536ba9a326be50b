using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A helper whose every return is bounded (<c>return Math.Clamp(cos, -1.0, 1.0);</c>, <c>=&gt; MathF.Tanh(s)</c>, a
/// local written once with such a value, another such helper's call): its value at a call is bounded as the same clamp
/// written at the call is (BoundedValues.cs), so <c>exp(Cosine(q, k) / 0.25)</c> cannot overflow. The clamp the helper
/// returns is the bound marker. One unbounded return (<c>return dot;</c> on any path) and the helper is data as before.
/// Only helpers that reach no exp are read (one that does is a softmax or exp helper, read elsewhere).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>How many helper calls are followed from a return to the bound it returns.</summary>
    private const int MaxBoundedReturnHops = 4;

    /// <summary>
    /// The facts of a call of a bounded helper (see the type's summary): its buffer arguments' data, marked with the
    /// bounds of its returns; null for any other call.
    /// </summary>
    private ValueFacts? BoundedHelperValue(IInvocationOperation invocation)
    {
        if (invocation.Type?.SpecialType is not (SpecialType.System_Double or SpecialType.System_Single) || !IsUserHelperCall(invocation)
            || InvokedLambda(invocation) is not null || MayReachExp(invocation)
            || ReturnedBounds(invocation.TargetMethod.OriginalDefinition, 0) is not { IsEmpty: false } bounds)
        {
            return null;
        }

        var facts = BufferArgumentsData(invocation) ?? ValueFacts.Empty;
        return facts.With(shifts: facts.Shifts.Union(bounds), isOpaque: false);
    }

    /// <summary>
    /// The bound (a clamp or bounded function call) of every value <paramref name="method"/> returns; null when one
    /// return is not bounded, the body cannot be read, or the method returns nothing.
    /// </summary>
    private ImmutableHashSet<IOperation>? ReturnedBounds(IMethodSymbol method, int hops)
    {
        if (hops > MaxBoundedReturnHops || method.MethodKind is not (MethodKind.Ordinary or MethodKind.LocalFunction)
            || method.DeclaringSyntaxReferences.Length != 1 || HelperBody(method) is not { } body)
        {
            return null;
        }

        var returned = body is IBlockOperation block
            ? block.Descendants().OfType<IReturnOperation>().Where(ret => !IsInNestedFunction(ret, block)).Select(ret => ret.ReturnedValue).ToList()
            : new System.Collections.Generic.List<IOperation?> { body };
        if (returned.Count == 0)
        {
            return null;
        }

        var bounds = ImmutableHashSet<IOperation>.Empty;
        foreach (var value in returned)
        {
            switch (PastOnceWrittenLocals(value, body))
            {
                case { ConstantValue.HasValue: true }:
                    continue;
                case IInvocationOperation call when IsBoundingCall(call):
                    bounds = bounds.Add(call);
                    continue;
                case IInvocationOperation call when !SymbolEqualityComparer.Default.Equals(call.TargetMethod.OriginalDefinition, method.OriginalDefinition)
                    && call.TargetMethod.OriginalDefinition is { DeclaringSyntaxReferences.Length: 1 } callee
                    && ReturnedBounds(callee, hops + 1) is { IsEmpty: false } inner:
                    bounds = bounds.Union(inner);
                    continue;
                default:
                    return null;
            }
        }

        return bounds;
    }

    /// <summary>
    /// A math type's bounded function of anything (<c>Tanh</c>, <c>Sin</c>, …) or its clamp from above by a constant
    /// (<c>Min(v, 80)</c>, <c>Clamp(v, -1, 1)</c>; a data upper bound <c>Clamp(v, -1, a[0])</c> is none), among the calls
    /// <see cref="IsBoundMarker"/> takes as bounds.
    /// </summary>
    private static bool IsBoundingCall(IInvocationOperation call) =>
        WellKnownSymbols.IsScalarMathFunction(call.TargetMethod)
        && (IsBoundedFunction(call.TargetMethod)
            || call.TargetMethod.Name == "Min" && call.Arguments.Any(argument => IsConstantArgument(argument.Value))
            || call.TargetMethod.Name == "Clamp" && call.Arguments.Length == 3 && IsConstantArgument(call.Arguments[2].Value));

    private static bool IsConstantArgument(IOperation value) => value.ConstantValue.HasValue || Unwrap(value)?.ConstantValue.HasValue == true;
}
