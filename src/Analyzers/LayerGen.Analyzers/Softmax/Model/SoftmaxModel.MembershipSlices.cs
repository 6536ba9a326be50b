using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Membership slices of a row: <c>v[n][j]</c> (or <c>v[n, j]</c>) for <c>foreach (int j in nests[k])</c>, <c>j = nests[k][q]</c>
/// or <c>nests[k].Max(j =&gt; v[n][j])</c> reads the members of one index list out of row n, and a loop other than those
/// picking the row (k, the nest) picks the list: the row holds several such slices (nested logit: one nest of one
/// person's alternatives). The position is then cut into "within one list" and "which list"
/// (<see cref="DimensionClasses.Segment"/>): a walk of the members spans the first, a walk of the whole row
/// (<c>v[n].Max()</c>) both, so a maximum over the whole row is wider than the nest it shifts. A list picked by the row's
/// own loops (<c>legalMoves[p]</c> of <c>logits[p][m]</c>: one list per row) may name the whole row and stays a walk of
/// the position (IndexWalks.cs). Flat buffers read through lists are Gathers.cs.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The within-list atom of <paramref name="position"/> when <paramref name="indices"/>[<paramref name="at"/>] is a
    /// member of an index list that a loop picks other than the loops picking the rest of the element (the view's
    /// fixed loops and the other indices); else null.
    /// </summary>
    private DimensionAtom? MembershipAtom(BufferView view, IReadOnlyList<IOperation?> indices, int at, DimensionAtom position)
    {
        if (MemberList(indices[at], depth: 0) is not { } list || PickedListRoot(list) is not { } lists)
        {
            return null;
        }

        var rowLoops = new HashSet<IOperation>(view.FixedDims.Keys);
        for (var other = 0; other < indices.Count; other++)
        {
            if (other != at && indices[other] is { } index)
            {
                rowLoops.UnionWith(Linear(index).Terms.Keys);
                rowLoops.UnionWith(LoopsIn(index));
            }
        }

        var picking = ListLoops(list, depth: 0);
        return picking.Count > 0 && picking.Any(loop => !rowLoops.Contains(loop))
            ? Classes.Segment(position, DimensionAtom.GatherPrefix + lists.Name)
            : null;
    }

    /// <summary>
    /// The index list whose entry <paramref name="index"/> is: the collection of an index walk (<c>foreach (int j in list)</c>),
    /// the list read (<c>list[q]</c>), the source of a LINQ lambda over integers (<c>list.Max(j =&gt; …)</c>), through locals
    /// written once.
    /// </summary>
    private IOperation? MemberList(IOperation? index, int depth)
    {
        switch (Unwrap(index))
        {
            case ILocalReferenceOperation { Local: var walked } when IndexWalk(walked) is { } walk:
                return walk.Collection;
            case IParameterReferenceOperation { Parameter: var parameter } when IsIndexType(parameter.Type) && LambdaOf(parameter) is { } lambda
                && IteratingCall(lambda) is { } call && parameter.Ordinal == ElementOrdinal(call) && call.TargetMethod.Name != "For":
                return call.Instance ?? (call.Arguments.Length > 0 ? call.Arguments[0].Value : null);
            case { } read when OneIndexRead(read) is var (list, _, entry) && IsIndexType(entry):
                return list;
            case ILocalReferenceOperation { Local: var local } when depth < MaxIndirectionDepth && WritesOf(local) is { Count: 1 } writes
                && writes[0].Operation is IVariableDeclaratorOperation && writes[0].Value is { } value:
                return MemberList(value, depth + 1);
            default:
                return null;
        }
    }

    /// <summary>The loops that pick <paramref name="list"/> (<c>nests[k]</c>: k), through a local written once.</summary>
    private List<IOperation> ListLoops(IOperation list, int depth)
    {
        list = Unwrap(list)!;
        return list is ILocalReferenceOperation { Local: var local } && depth < MaxIndirectionDepth && WritesOf(local) is { Count: 1 } writes
            && writes[0].Operation is IVariableDeclaratorOperation && writes[0].Value is { } value
            ? ListLoops(value, depth + 1)
            : LoopsIn(list);
    }
}
