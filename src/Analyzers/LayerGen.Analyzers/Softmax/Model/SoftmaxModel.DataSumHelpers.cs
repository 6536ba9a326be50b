using System.Linq;
using Microsoft.CodeAnalysis;
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
    /// A floating-point call of a method of the project (this file or another, a local function, a lambda in a delegate
    /// local) that reaches no exp (<see cref="MayReachExp"/>), passed buffers: the data of those buffers (null for any
    /// other call, which stays opaque).
    /// </summary>
    private ValueFacts? DataHelperValue(IInvocationOperation invocation) =>
        invocation.Type?.SpecialType is SpecialType.System_Double or SpecialType.System_Single && IsUserHelperCall(invocation) && !MayReachExp(invocation)
            ? BufferArgumentsData(invocation)
            : null;

    /// <summary>A call of a method declared once in source, of a local function, or of a lambda through a delegate local.</summary>
    private bool IsUserHelperCall(IInvocationOperation invocation) =>
        InvokedLambda(invocation) is not null
        || invocation.TargetMethod.OriginalDefinition is { DeclaringSyntaxReferences.Length: 1, MethodKind: MethodKind.Ordinary or MethodKind.LocalFunction };

    /// <summary>
    /// True when the helper <paramref name="invocation"/> calls may compute an exp, itself or through what it calls
    /// (<see cref="ExpReach"/>, by the bound calls of its body: a field or local named <c>Exp</c> is none); true when
    /// it cannot be read.
    /// </summary>
    private bool MayReachExp(IInvocationOperation invocation)
    {
        if (SourceModel is not { } model)
        {
            return true;
        }

        if (InvokedLambda(invocation) is { } lambda)
        {
            return Symbols.ExpReach.MayReachExp(lambda, model, _cancellationToken);
        }

        var callee = invocation.TargetMethod.OriginalDefinition;
        if (callee.MethodKind == MethodKind.LocalFunction)
        {
            return LocalFunctionDeclaration(callee) is not { } local || Symbols.ExpReach.MayReachExp(local, model, _cancellationToken);
        }

        return callee.MethodKind == MethodKind.DelegateInvoke || Symbols.ExpReach.MayReachExp(callee, model, _cancellationToken);
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
