using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// <c>total = row.Aggregate(total, (a, v) =&gt; a + f(v))</c>: a fold seeded by the target it is stored into adds to the
/// target (as <c>total += row.Sum(f)</c>), and <c>m = row.Aggregate(m, Math.Max)</c> keeps folding it (as
/// <c>m = Math.Max(m, row.Max())</c>). Read as an accumulation of the whole call, the target is reset only where it is
/// written otherwise: carried across rows it spans them all (LG0001/LG0002), reset per row it is the row's own fold.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>The kind of a seeded <c>Aggregate</c> whose seed reads <paramref name="target"/>, and the call as the folded value; else null.</summary>
    private (ReductionKind Kind, IOperation Value)? CarriedSeedFold(ISymbol target, IInvocationOperation call) =>
        call.Arguments.Length == 3 && AggregateFold(call) is { Kind: var kind } && ReadsTarget(call.Arguments[1].Value, target)
            && !References(call.Arguments[2].Value, target)
            ? (kind, call)
            : null;
}
