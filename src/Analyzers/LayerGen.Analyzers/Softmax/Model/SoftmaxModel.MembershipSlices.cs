using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A slice of a row chosen by membership (nested logit: the alternatives of nest k in person n's row). The walk that
/// reads <c>v[n][j]</c> visits only the members an enclosing loop k picks, spelled as an index list
/// (<c>foreach (int j in nests[k])</c>, <c>nests[k][q]</c>, <c>nests[k].Max(j =&gt; …)</c>, through a local
/// <c>members = nests[k]</c>) or as a label filter on a walk of the row (<c>if (nestOf[j] == k)</c>,
/// <c>if (nestOf[j] != k) continue;</c>, <c>Range(…).Where(j =&gt; nestOf[j] == k)</c>). Such a read cuts the row's
/// dimension into "within one nest" (the walk) and "which nest" (k) with <see cref="DimensionClasses.Segment"/>, so a
/// walk of the whole row (<c>v[n].Max()</c>) spans both: wider than one nest. A list or label picked by the row's own
/// loops (<c>legalMoves[p]</c> of <c>logits[p][m]</c>) is one slice per row and cuts nothing.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>The segment key of membership cuts: one cut per dimension, whichever spelling picks the members.</summary>
    private const string MembershipKey = "member";

    /// <summary>
    /// <paramref name="dims"/> of the element read <paramref name="read"/> (indices <paramref name="indices"/>) with every
    /// loop that walks a membership slice mapped to the within-slice part of its dimensions and the loops picking the
    /// slice to the which-slice part. Only reads that also have a row (another loop in <paramref name="dims"/> picks it).
    /// </summary>
    private ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>> MembershipDims(
        ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>> dims, IOperation read, IReadOnlyList<IOperation?> indices)
    {
        if (dims.Count < 2)
        {
            return dims;
        }

        var result = dims;
        foreach (var entry in dims.OrderBy(pair => pair.Key.Syntax.SpanStart))
        {
            var walk = entry.Key;
            var positions = entry.Value.Where(IsPositionAtom).ToList();
            if (positions.Count == 0)
            {
                continue;
            }

            // A picker that also reads the row elsewhere (legalMoves[p] of logits[p][m]) picks one list per row: no cut. One
            // whose only atoms here are the walked position's (k of nests[k][q], the segment k of start[k]..start[k + 1]) is.
            var pickers = MembershipPickers(walk, read, indices).Concat(SegmentPickers(dims, walk, positions)).Distinct()
                .Where(loop => loop != walk && (!dims.TryGetValue(loop, out var atoms)
                    || atoms.All(atom => positions.Contains(atom) || positions.Any(position => DimensionAtom.SegmentsOf(position).Equals(atom)))))
                .ToList();
            // A cut of a row: another loop picks the row (n of v[n][j]); a CSR walk of a whole buffer keeps its segment atoms.
            if (pickers.Count == 0 || !dims.Keys.Any(loop => loop != walk && !pickers.Contains(loop)))
            {
                continue;
            }

            var within = entry.Value.Where(atom => !IsPositionAtom(atom)).ToList();
            var which = new List<DimensionAtom>();
            foreach (var position in positions)
            {
                within.Add(Classes.Segment(position, MembershipKey));
                which.Add(new DimensionAtom(position.Root, "which:" + MembershipKey + ":" + position.Key));
            }

            result = result.SetItem(walk, within.ToImmutableHashSet());
            foreach (var picker in pickers)
            {
                result = result.SetItem(picker, which.ToImmutableHashSet());
            }
        }

        return result;
    }

    /// <summary>
    /// The loops that pick a CSR segment of the walked position (<c>for (j = start[k]; j &lt; start[k + 1]; j++)</c> reads
    /// <c>v[n][j]</c> at j·1 + k·?: k's atom is <see cref="DimensionAtom.SegmentsOf"/> the position, SegmentPositions.cs).
    /// </summary>
    private static IEnumerable<IOperation> SegmentPickers(
        ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>> dims, IOperation walk, List<DimensionAtom> positions) =>
        dims.Where(pair => pair.Key != walk && pair.Value.Count > 0
                && pair.Value.All(atom => positions.Any(position => DimensionAtom.SegmentsOf(position).Equals(atom))))
            .Select(pair => pair.Key);

    /// <summary>A rank, depth or stride atom of a buffer (not a whole buffer, a gather or a part of a cut dimension).</summary>
    private static bool IsPositionAtom(DimensionAtom atom) =>
        !atom.IsWhole && (atom.Key.StartsWith("s:", System.StringComparison.Ordinal)
            || (atom.Key.Length >= 2 && atom.Key[0] is 'r' or 'd' && char.IsDigit(atom.Key[1]) && atom.Key.Skip(1).All(char.IsDigit)));

    /// <summary>
    /// The loops around <paramref name="walk"/> that pick which members it visits at <paramref name="read"/>: the loops
    /// of the index list it walks (a <c>foreach</c> or a LINQ lambda over integers, a list read by the walk's index) or
    /// of the label its filter compares with (<see cref="FilterPickers"/>).
    /// </summary>
    private IEnumerable<IOperation> MembershipPickers(IOperation walk, IOperation read, IReadOnlyList<IOperation?> indices)
    {
        var around = EnclosingLoops(walk).ToList();
        if (around.Count == 0)
        {
            return Enumerable.Empty<IOperation>();
        }

        var lists = new List<IOperation>();
        switch (walk)
        {
            case IForEachLoopOperation forEach when IsIndexWalk(forEach):
                lists.Add(forEach.Collection);
                break;
            case IAnonymousFunctionOperation lambda when IteratingCall(lambda) is { } call && lambda.Symbol.Parameters.Length > ElementOrdinal(call)
                && IsIndexType(lambda.Symbol.Parameters[ElementOrdinal(call)].Type) && call.TargetMethod.Name != "For"
                && (call.Instance ?? (call.Arguments.Length > 0 ? call.Arguments[0].Value : null)) is { } source:
                lists.Add(source);
                break;
        }

        // v[n][nests[k][q]], v[n][mem[q]], int j = nests[k][q]: the list an index reads at the walk's position.
        foreach (var index in indices)
        {
            if (ListReadAt(index, walk, depth: 0) is { } list)
            {
                lists.Add(list);
            }
        }

        var pickers = lists.SelectMany(list => ListLoops(list, depth: 0)).Where(around.Contains).ToList();
        if (walk is IForLoopOperation or IWhileLoopOperation)
        {
            pickers.AddRange(FilterPickers(walk, read).Where(around.Contains));
        }

        return pickers;
    }

    /// <summary>The list whose entry <paramref name="index"/> reads at a position <paramref name="walk"/> steps (<c>nests[k][q]</c>), through a local written once.</summary>
    private IOperation? ListReadAt(IOperation? index, IOperation walk, int depth)
    {
        switch (Unwrap(index))
        {
            case ILocalReferenceOperation { Local: var local } when depth < MaxIndirectionDepth && ForEachOf(local) is null && WritesOf(local) is { Count: 1 } writes
                && writes[0].Operation is IVariableDeclaratorOperation && writes[0].Value is { } value:
                return ListReadAt(value, walk, depth + 1);
            case { } element when OneIndexRead(element) is var (list, entry, type) && IsIndexType(type) && Linear(entry).Terms.ContainsKey(walk):
                return list;
            default:
                return null;
        }
    }

    /// <summary>The loops <paramref name="list"/> is picked by (<c>nests[k]</c>: k), through a local written once.</summary>
    private List<IOperation> ListLoops(IOperation list, int depth)
    {
        list = Unwrap(list)!;
        return list is ILocalReferenceOperation { Local: var local } && depth < MaxIndirectionDepth && WritesOf(local) is { Count: 1 } writes
            && writes[0].Operation is IVariableDeclaratorOperation && writes[0].Value is { } value
            ? ListLoops(value, depth + 1)
            : LoopsIn(list);
    }

    /// <summary>
    /// The loops of the labels a filter compares the walked position's label with, where the filter guards
    /// <paramref name="read"/> inside <paramref name="walk"/>: <c>if (nestOf[j] == k)</c> around it (or a conjunct of it,
    /// or the left side of an <c>&amp;&amp;</c> it is on the right of), or <c>if (nestOf[j] != k) continue;</c> before it in
    /// the walk's body.
    /// </summary>
    private IEnumerable<IOperation> FilterPickers(IOperation walk, IOperation read)
    {
        var pickers = new List<IOperation>();
        IOperation child = read;
        for (var current = read.Parent; current is not null && current != walk; child = current, current = current.Parent)
        {
            switch (current)
            {
                case IConditionalOperation conditional when conditional.WhenTrue == child:
                    pickers.AddRange(LabelLoops(conditional.Condition, walk, equal: true));
                    break;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd } conjunction when conjunction.RightOperand == child:
                    pickers.AddRange(LabelLoops(conjunction.LeftOperand, walk, equal: true));
                    break;
                case IBlockOperation block when EnclosingLoop(block) == walk:
                    foreach (var statement in block.Operations.TakeWhile(statement => statement != child))
                    {
                        if (statement is IConditionalOperation { WhenFalse: null } skip && IsContinue(skip.WhenTrue))
                        {
                            pickers.AddRange(LabelLoops(skip.Condition, walk, equal: false));
                        }
                    }

                    break;
            }
        }

        return pickers;
    }

    /// <summary>
    /// The enclosing loops of the labels <paramref name="condition"/> tests the walked position's label against: with
    /// <paramref name="equal"/>, conjuncts <c>label[j] == e</c>; else disjuncts <c>label[j] != e</c> (either operand
    /// order), where <c>label[j]</c> is an integer read at a position <paramref name="walk"/> steps and e does not move with it.
    /// </summary>
    private IEnumerable<IOperation> LabelLoops(IOperation condition, IOperation walk, bool equal)
    {
        var joiner = equal ? BinaryOperatorKind.ConditionalAnd : BinaryOperatorKind.ConditionalOr;
        var test = equal ? BinaryOperatorKind.Equals : BinaryOperatorKind.NotEquals;
        switch (Unwrap(condition))
        {
            case IBinaryOperation joined when joined.OperatorKind == joiner:
                return LabelLoops(joined.LeftOperand, walk, equal).Concat(LabelLoops(joined.RightOperand, walk, equal));
            case IBinaryOperation compare when compare.OperatorKind == test:
                foreach (var (label, other) in new[] { (compare.LeftOperand, compare.RightOperand), (compare.RightOperand, compare.LeftOperand) })
                {
                    if (OneIndexRead(label) is var (_, at, type) && IsIndexType(type) && Linear(at).Terms.ContainsKey(walk)
                        && LoopsIn(other) is { Count: > 0 } loops && !loops.Contains(walk))
                    {
                        return loops;
                    }
                }

                return Enumerable.Empty<IOperation>();
            default:
                return Enumerable.Empty<IOperation>();
        }
    }
}
