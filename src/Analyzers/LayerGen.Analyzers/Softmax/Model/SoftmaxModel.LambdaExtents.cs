using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Extents of index lambdas: <c>Parallel.For(0, B, i =&gt; …)</c> walks <c>i</c> over [0, B) as
/// <c>for (int i = 0; i &lt; B; i++)</c> does, and <c>Enumerable.Range(0, B).Select(i =&gt; …)</c> over the same
/// positions, so each has the certain extent B of its loop twin (<see cref="LoopExtent"/>). Without it a row loop
/// written as <c>Parallel.For</c> has no extent, and a maximum over the whole block of its slices
/// (<see cref="MaxWalksEverySlice"/>) reads as another part of the axis instead of more than the slice.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The extent of the index lambda <paramref name="loop"/>: the exclusive bound of <c>Parallel.For(from, B, body)</c>
    /// with <c>from</c> 0 or 1 (as <see cref="CountingUpExtent"/> reads a start), or the count of
    /// <c>Enumerable.Range(0, B)</c> the lambda is applied to; null for any other loop or lambda.
    /// </summary>
    private string? IndexLambdaExtent(IOperation loop)
    {
        if (loop is not IAnonymousFunctionOperation lambda || IteratingCall(lambda) is not { } call)
        {
            return null;
        }

        if (Symbols.IsParallelIndexLoop(call.TargetMethod) && ArgumentName(lambda) is null or "body")
        {
            return ArgumentFor(call, "fromInclusive") is { } from && IsZeroOrOne(from) && ArgumentFor(call, "toExclusive") is { } to
                ? ExtentText(to, 0)
                : null;
        }

        // Range(0, B).Select(i => …) (the extension's receiver is its first argument).
        return Unwrap(call.Instance ?? (call.Arguments.Length > 0 ? call.Arguments[0].Value : null)) is IInvocationOperation { Arguments.Length: 2 } range
            && Symbols.IsEnumerable(range.TargetMethod, "Range") && ArgumentFor(range, "start") is { ConstantValue: { HasValue: true, Value: 0 } }
            && ArgumentFor(range, "count") is { } count
            ? ExtentText(count, 0)
            : null;
    }

    /// <summary>The value passed for the parameter named <paramref name="name"/>, whatever the argument order; null when none is.</summary>
    private static IOperation? ArgumentFor(IInvocationOperation call, string name)
    {
        foreach (var argument in call.Arguments)
        {
            if (argument.Parameter?.Name == name)
            {
                return Unwrap(argument.Value);
            }
        }

        return null;
    }
}
