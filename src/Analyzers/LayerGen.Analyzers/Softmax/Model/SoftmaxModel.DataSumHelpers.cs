using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A helper computing a number from its buffers with no exp in it (<c>Dot(q, x) =&gt; q.Zip(x, (a, b) =&gt; a * b).Sum()</c>,
/// a loop <c>s += a[i] * b[i]</c>): its value is data, as the same <c>.Sum()</c> written inline is (ReducedValues.cs): the
/// elements of the buffers passed, with the dimensions that picked them (<c>q</c> of this seed, <c>x</c> of this set
/// element). So <c>set.Select(x =&gt; Dot(q, x))</c> inside a walk over the seeds is logits of this seed (branch seeds).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>The data a summarised exp-free sum helper folds at <paramref name="invocation"/>; null for any other call.</summary>
    private ValueFacts? DataSumHelperValue(IInvocationOperation invocation, HelperSummary summary) =>
        summary.Returned is { Kind: ReductionKind.Sum, Elements: { Exps.Count: 0, IsOpaque: false } } ? BufferArgumentsData(invocation) : null;

    /// <summary>
    /// A floating-point call of a method of this file, no exp written in its body, passed buffers: the data of those
    /// buffers (null for any other call, which stays opaque).
    /// </summary>
    private ValueFacts? DataHelperValue(IInvocationOperation invocation)
    {
        if (invocation.Type?.SpecialType is not (SpecialType.System_Double or SpecialType.System_Single)
            || CalleeOf(invocation) is not { DeclaringSyntaxReferences: [var reference] } || !IsInSource(reference.SyntaxTree))
        {
            return null;
        }

        var body = reference.GetSyntax(_cancellationToken);
        return body.DescendantNodes().OfType<SimpleNameSyntax>().Any(name => name.Identifier.ValueText.Contains("Exp"))
            ? null
            : BufferArgumentsData(invocation);
    }

    /// <summary>The elements of every buffer argument, each with the dimensions that picked it; null when none is a buffer.</summary>
    private ValueFacts? BufferArgumentsData(IInvocationOperation invocation)
    {
        ValueFacts? facts = null;
        foreach (var argument in invocation.Arguments)
        {
            if (!WellKnownSymbols.IsBuffer(argument.Value.Type) || EvalView(argument.Value) is not { } view || IteratedElement(view, invocation) is not { } element)
            {
                continue;
            }

            var picked = element.WithoutDims().With(dims: view.FixedDims);
            facts = facts is null ? picked : facts.Merge(picked);
        }

        return facts?.With(exps: ValueFacts.Empty.Exps, isProbability: false);
    }
}
