using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// LINQ operators that pass a source's elements through unchanged, only fewer of them or in another order:
/// <c>Skip</c>, <c>Take</c>, <c>Where</c>, <c>OrderBy*</c>, <c>ThenBy*</c>, <c>Distinct</c>. They keep the elements'
/// provenance, so <c>logits.Skip(r * n).Take(n).Select(v =&gt; MathF.Exp(v))</c> exponentiates the logits of row r.
/// On a flat buffer <c>Skip(start)</c> is a slice from <c>start</c> (like <c>AsSpan(start)</c>) and <c>Take(count)</c>
/// a run from the view's start (like <c>AsSpan(start, count)</c>: from a loop-free start it spans the strides its count
/// moves by); on rows, matrices and computed sequences they keep the view as it is.
/// </summary>
internal sealed partial class SoftmaxModel
{
    private static bool IsElementSubset(string name) =>
        name is "Skip" or "Take" or "Where" or "OrderBy" or "OrderByDescending" or "ThenBy" or "ThenByDescending" or "Distinct";

    private BufferView? ElementSubsetView(IInvocationOperation invocation, BufferView? source)
    {
        if (source is null)
        {
            return null;
        }

        var count = invocation.Arguments.Length == 2 && invocation.TargetMethod.Name is "Skip" or "Take"
            && invocation.Arguments[1].Value.Type?.SpecialType == SpecialType.System_Int32
            ? invocation.Arguments[1].Value
            : null;
        if (count is not null && source is { Layout: BufferLayout.Flat, Root: { } root })
        {
            if (invocation.TargetMethod.Name == "Skip")
            {
                return source.Slice(Linear(count), OffsetDims(source, count));
            }

            var run = source.FlatOffset is null ? source.Slice(LinearIndex.Factor("0"), StableKeys.Map<ImmutableHashSet<DimensionAtom>>()) : source;
            return run.FlatOffset is { IsLoopFree: true } ? run.Spanning(PrefixSliceAtoms(root, count)) : run;
        }

        return source.Layout == BufferLayout.Rectangular ? source.Flatten() : source;
    }
}
