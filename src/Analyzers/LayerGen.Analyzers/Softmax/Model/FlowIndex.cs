using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Roslyn's <see cref="ControlFlowGraph"/> of a method and of every lambda and local function in it, indexed by
/// source span, answering the one question reductions need: can a value written at one point flow around a loop
/// back to the same point without passing a reset? That is the definition of "accumulates over that loop", whatever
/// the loop is written with (for, while, do, goto) and wherever the reset is (top of the body, or after the use).
/// </summary>
internal sealed partial class FlowIndex
{
    private readonly List<Entry> _entries = new();
    private readonly Dictionary<SyntaxNode, int> _firstEntryOf = new();
    private readonly Dictionary<IOperation, Entry?> _located = new();

    private FlowIndex()
    {
    }

    /// <summary>Indexes <paramref name="graph"/> and the graphs nested in it; null yields an index that knows nothing.</summary>
    public static FlowIndex Build(ControlFlowGraph? graph, System.Threading.CancellationToken cancellationToken)
    {
        var index = new FlowIndex();
        if (graph is not null)
        {
            index.Add(graph, cancellationToken, depth: 0);
        }

        return index;
    }

    /// <summary>True when no graph could be built.</summary>
    public bool IsEmpty => _entries.Count == 0;

    /// <summary>
    /// True when the value written at <paramref name="write"/> can reach <paramref name="write"/> again through a
    /// new iteration of <paramref name="loop"/> (not only of a loop nested in it) without passing any of
    /// <paramref name="resets"/>. <paramref name="innerLoop"/> is the loop inside <paramref name="loop"/> that holds
    /// the write, if any.
    /// </summary>
    public bool CarriesAcross(IOperation write, IOperation loop, IOperation? innerLoop, IReadOnlyList<IOperation> resets)
    {
        var start = Locate(write);
        if (start is null)
        {
            return true;
        }

        var blocked = ResetsIn(start.Graph, resets);
        while (IsAroundLambdaGraph(loop, start.Graph))
        {
            // A loop around the lambda that holds the write (Parallel.For inside a row loop): the value carries when the
            // lambda resets nothing and, in the graph around it, from the lambda's own position around the loop.
            if (blocked.Count > 0 || Locate(start.Graph.OriginalOperation) is not { } lambda || lambda.Graph != start.Graph.Parent)
            {
                return blocked.Count == 0;
            }

            start = lambda;
            blocked = ResetsIn(start.Graph, resets);
        }

        var (low, high) = Range(start.Graph, loop.Syntax.Span, loop.Syntax.SyntaxTree);
        if (low < 0)
        {
            // The loop is outside this graph (around a local function): carried unless the function resets.
            return blocked.Count == 0;
        }

        var (innerLow, innerHigh) = innerLoop is null ? (-1, -1) : Range(start.Graph, innerLoop.Syntax.Span, innerLoop.Syntax.SyntaxTree);
        return Cycle(start, blocked, low, high, innerLow, innerHigh);
    }

    /// <summary>The positions of <paramref name="resets"/> in <paramref name="graph"/>.</summary>
    private HashSet<(BasicBlock, int)> ResetsIn(ControlFlowGraph graph, IReadOnlyList<IOperation> resets)
    {
        var blocked = new HashSet<(BasicBlock, int)>();
        foreach (var reset in resets)
        {
            if (Locate(reset) is { } entry && entry.Graph == graph)
            {
                blocked.Add((entry.Block, entry.Index));
            }
        }

        return blocked;
    }

    /// <summary>True when <paramref name="graph"/> is a lambda's, written inside <paramref name="loop"/> (the loop is the enclosing graph's).</summary>
    private static bool IsAroundLambdaGraph(IOperation loop, ControlFlowGraph graph) =>
        graph.Parent is not null && graph.OriginalOperation is (IAnonymousFunctionOperation or IFlowAnonymousFunctionOperation) and var lambda
        && lambda.Syntax.SyntaxTree == loop.Syntax.SyntaxTree && loop.Syntax.Span.Contains(lambda.Syntax.Span) && loop.Syntax != lambda.Syntax;

    /// <summary>
    /// For a lambda called once per element: true when a value written at <paramref name="write"/> survives from one
    /// call to the next (no reset on the way in or out).
    /// </summary>
    public bool CarriesAcrossCalls(IOperation write, IReadOnlyList<IOperation> resets)
    {
        var start = Locate(write);
        if (start is null)
        {
            return true;
        }

        foreach (var reset in resets)
        {
            if (Locate(reset) is { } entry && entry.Graph == start.Graph)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// For a member that outlives a call (a field, a static): true when the value folded at <paramref name="write"/>
    /// can carry from one call of the method to the next: some path from the method's entry reaches the write, and some
    /// path from the write reaches the method's exit, both passing none of <paramref name="resets"/>. False inside a
    /// lambda or local function (called how often is not known here) and when no graph was built.
    /// </summary>
    public bool CarriesAcrossMethodCalls(IOperation write, IReadOnlyList<IOperation> resets)
    {
        var at = Locate(write);
        if (at is null || at.Graph.Parent is not null)
        {
            return false;
        }

        var blocked = Blocked(at, write, resets);
        var blocks = at.Graph.Blocks;
        return PathExists(blocks[0], -1, at.Block, at.Index, blocked) && PathExists(at.Block, at.Index, blocks[blocks.Length - 1], 0, blocked);
    }

    /// <summary>The positions of <paramref name="kills"/> in <paramref name="at"/>'s graph, other than <paramref name="write"/>'s own.</summary>
    private HashSet<(BasicBlock, int)> Blocked(Entry at, IOperation write, IReadOnlyList<IOperation> kills)
    {
        var blocked = new HashSet<(BasicBlock, int)>();
        foreach (var kill in kills)
        {
            if (kill != write && Locate(kill) is { } entry && entry.Graph == at.Graph && entry != at)
            {
                blocked.Add((entry.Block, entry.Index));
            }
        }

        return blocked;
    }

    /// <summary>True when control can go from just after (<paramref name="from"/>, <paramref name="fromIndex"/>) to just before (<paramref name="to"/>, <paramref name="toIndex"/>) passing no blocked position.</summary>
    private static bool PathExists(BasicBlock from, int fromIndex, BasicBlock to, int toIndex, HashSet<(BasicBlock, int)> blocked)
    {
        bool Clear(BasicBlock block, int first, int last)
        {
            for (var index = first; index < last; index++)
            {
                if (blocked.Contains((block, index)))
                {
                    return false;
                }
            }

            return true;
        }

        if (from == to && toIndex > fromIndex)
        {
            return Clear(from, fromIndex + 1, toIndex);
        }

        if (!Clear(from, fromIndex + 1, from.Operations.Length + 1))
        {
            return false;
        }

        var visited = new HashSet<int>();
        var work = new Stack<BasicBlock>(Successors(from, blocked));
        while (work.Count > 0)
        {
            var current = work.Pop();
            if (!visited.Add(current.Ordinal))
            {
                continue;
            }

            if (current == to && Clear(current, 0, toIndex))
            {
                return true;
            }

            if (Clear(current, 0, current.Operations.Length + 1))
            {
                foreach (var successor in Successors(current, blocked))
                {
                    work.Push(successor);
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Reaching definitions: true when the value written at <paramref name="write"/> can reach <paramref name="use"/>
    /// along some path that passes none of <paramref name="kills"/> (the other writes of the same variable). A write
    /// outside the lambda or local function that holds the use (a <c>Parallel.For</c> body, a fold moved into a local
    /// function) enters it only through its entry, however often it is called: it reaches when some path from that entry
    /// to the use passes no kill of the function's own. Unknown positions (no graph, a write in a function nested in the
    /// use's) reach.
    /// </summary>
    public bool Reaches(IOperation write, IOperation use, IReadOnlyList<IOperation> kills)
    {
        var start = Locate(write);
        var end = Locate(use);
        if (start is null || end is null)
        {
            return true;
        }

        if (start.Graph != end.Graph)
        {
            return IsNestedIn(start.Graph, end.Graph) || PathExists(end.Graph.Blocks[0], -1, end.Block, end.Index, Blocked(end, write, kills));
        }

        return PathExists(start.Block, start.Index, end.Block, end.Index, Blocked(start, write, kills));
    }

    /// <summary>True when <paramref name="inner"/> is the graph of a lambda or local function written inside <paramref name="outer"/>'s code, at any depth.</summary>
    private static bool IsNestedIn(ControlFlowGraph inner, ControlFlowGraph outer)
    {
        for (var graph = inner.Parent; graph is not null; graph = graph.Parent)
        {
            if (graph == outer)
            {
                return true;
            }
        }

        return false;
    }

    private bool Cycle(Entry start, HashSet<(BasicBlock, int)> blocked, int low, int high, int innerLow, int innerHigh)
    {
        var block = start.Block;
        for (var index = start.Index + 1; index <= block.Operations.Length; index++)
        {
            if (blocked.Contains((block, index)))
            {
                return false;
            }
        }

        var left = innerLow < 0;
        var visited = new HashSet<(int, bool)>();
        var work = new Stack<(BasicBlock Block, bool Left)>();
        foreach (var successor in Successors(block, blocked))
        {
            work.Push((successor, left || Outside(successor, innerLow, innerHigh)));
        }

        while (work.Count > 0)
        {
            var (current, hasLeft) = work.Pop();
            if (current.Ordinal < low || current.Ordinal > high || !visited.Add((current.Ordinal, hasLeft)))
            {
                continue;
            }

            if (current == start.Block)
            {
                var clear = true;
                for (var index = 0; index < start.Index; index++)
                {
                    clear &= !blocked.Contains((current, index));
                }

                if (clear && hasLeft)
                {
                    return true;
                }

                if (!clear)
                {
                    continue;
                }
            }
            else if (Enumerable.Range(0, current.Operations.Length + 1).Any(index => blocked.Contains((current, index))))
            {
                continue;
            }

            foreach (var successor in Successors(current, blocked))
            {
                work.Push((successor, hasLeft || Outside(successor, innerLow, innerHigh)));
            }
        }

        return false;
    }

    private static bool Outside(BasicBlock block, int low, int high) => block.Ordinal < low || block.Ordinal > high;

    private static IEnumerable<BasicBlock> Successors(BasicBlock block, HashSet<(BasicBlock, int)> blocked)
    {
        if (block.FallThroughSuccessor is { Destination: { } next } fallThrough && !FinallyBlocks(fallThrough, blocked))
        {
            yield return next;
        }

        if (block.ConditionalSuccessor is { Destination: { } branch } conditional && !FinallyBlocks(conditional, blocked))
        {
            yield return branch;
        }
    }

    /// <summary>
    /// True when <paramref name="branch"/> leaves a <c>try</c> through a <c>finally</c> that passes a blocked position on
    /// every path through it. Roslyn's graph points such a branch straight at its destination and lists the finally
    /// regions it runs on the way (they end in a branch with no destination); a reset there runs on the way all the same.
    /// </summary>
    private static bool FinallyBlocks(ControlFlowBranch branch, HashSet<(BasicBlock, int)> blocked)
    {
        if (branch.FinallyRegions.IsDefaultOrEmpty || blocked.Count == 0)
        {
            return false;
        }

        foreach (var region in branch.FinallyRegions)
        {
            if (!ClearThrough(region, blocked))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when some path from <paramref name="region"/>'s first block to its end passes no blocked position.</summary>
    private static bool ClearThrough(ControlFlowRegion region, HashSet<(BasicBlock, int)> blocked)
    {
        var blocks = new Dictionary<int, BasicBlock>();
        foreach (var (block, _) in blocked)
        {
            blocks[block.Ordinal] = block;
        }

        // Only blocks with a blocked position matter; any other block of the region is clear, so a path is blocked only
        // when every way from the region's entry to its exit crosses one of them. Walk ordinals within the region.
        var first = region.FirstBlockOrdinal;
        var last = region.LastBlockOrdinal;
        var anyBlockedInside = blocks.Keys.Any(ordinal => ordinal >= first && ordinal <= last);
        if (!anyBlockedInside)
        {
            return true;
        }

        var start = blocks.Values.First(block => block.Ordinal >= first && block.Ordinal <= last);
        var visited = new HashSet<int>();
        var work = new Stack<BasicBlock>();
        work.Push(FirstOf(start, first));
        while (work.Count > 0)
        {
            var current = work.Pop();
            if (current.Ordinal < first || current.Ordinal > last || !visited.Add(current.Ordinal))
            {
                continue;
            }

            if (Enumerable.Range(0, current.Operations.Length + 1).Any(index => blocked.Contains((current, index))))
            {
                continue;
            }

            foreach (var outgoing in new[] { current.FallThroughSuccessor, current.ConditionalSuccessor })
            {
                if (outgoing is null)
                {
                    continue;
                }

                if (outgoing.Destination is null || outgoing.Destination.Ordinal < first || outgoing.Destination.Ordinal > last)
                {
                    // The end of the finally (or a jump out of it): reached without a blocked position.
                    return true;
                }

                work.Push(outgoing.Destination);
            }
        }

        return false;
    }

    /// <summary>The block of ordinal <paramref name="ordinal"/>, found from <paramref name="known"/> through predecessors or successors.</summary>
    private static BasicBlock FirstOf(BasicBlock known, int ordinal)
    {
        var visited = new HashSet<int>();
        var work = new Stack<BasicBlock>();
        work.Push(known);
        while (work.Count > 0)
        {
            var current = work.Pop();
            if (current.Ordinal == ordinal)
            {
                return current;
            }

            if (!visited.Add(current.Ordinal))
            {
                continue;
            }

            foreach (var predecessor in current.Predecessors)
            {
                work.Push(predecessor.Source);
            }

            foreach (var outgoing in new[] { current.FallThroughSuccessor, current.ConditionalSuccessor })
            {
                if (outgoing?.Destination is { } next)
                {
                    work.Push(next);
                }
            }
        }

        return known;
    }

    private (int Low, int High) Range(ControlFlowGraph graph, TextSpan span, SyntaxTree tree)
    {
        var low = -1;
        var high = -1;
        foreach (var entry in _entries)
        {
            if (entry.Graph == graph && entry.Syntax.SyntaxTree == tree && span.Contains(entry.Syntax.Span))
            {
                low = low < 0 ? entry.Block.Ordinal : System.Math.Min(low, entry.Block.Ordinal);
                high = System.Math.Max(high, entry.Block.Ordinal);
            }
        }

        return (low, high);
    }

    /// <summary>
    /// The entry of the smallest graph operation whose syntax contains <paramref name="operation"/>'s (the first such
    /// entry on a tie). Only ancestors of the syntax, or nodes inside it with the very same span, can contain it, so
    /// the search looks those up by node instead of scanning every entry (a long method asks once per reset).
    /// </summary>
    private Entry? Locate(IOperation operation)
    {
        if (_located.TryGetValue(operation, out var known))
        {
            return known;
        }

        if (_firstEntryOf.Count == 0)
        {
            for (var index = _entries.Count - 1; index >= 0; index--)
            {
                _firstEntryOf[_entries[index].Syntax] = index;
            }
        }

        var syntax = operation.Syntax;
        var best = -1;
        for (var node = syntax; node is not null; node = node.Parent)
        {
            best = Smaller(node, best);
        }

        foreach (var node in syntax.DescendantNodes(node => node.Span == syntax.Span).Where(node => node.Span == syntax.Span))
        {
            best = Smaller(node, best);
        }

        var entry = best < 0 ? null : _entries[best];
        _located[operation] = entry;
        return entry;
    }

    /// <summary>The index of the smaller entry: <paramref name="node"/>'s first, or <paramref name="best"/> (shorter span, then earlier entry).</summary>
    private int Smaller(SyntaxNode node, int best)
    {
        if (!_firstEntryOf.TryGetValue(node, out var index))
        {
            return best;
        }

        if (best < 0)
        {
            return index;
        }

        var length = _entries[index].Syntax.Span.Length;
        var bestLength = _entries[best].Syntax.Span.Length;
        return length < bestLength || (length == bestLength && index < best) ? index : best;
    }

    private void Add(ControlFlowGraph graph, System.Threading.CancellationToken cancellationToken, int depth)
    {
        foreach (var block in graph.Blocks)
        {
            for (var index = 0; index < block.Operations.Length; index++)
            {
                _entries.Add(new Entry(graph, block, index, block.Operations[index].Syntax));
            }

            if (block.BranchValue is { } branch)
            {
                _entries.Add(new Entry(graph, block, block.Operations.Length, branch.Syntax));
            }
        }

        if (depth > 4)
        {
            return;
        }

        foreach (var block in graph.Blocks)
        {
            var roots = block.BranchValue is null ? block.Operations : block.Operations.Add(block.BranchValue);
            foreach (var root in roots)
            {
                foreach (var lambda in root.DescendantsAndSelf().OfType<IFlowAnonymousFunctionOperation>())
                {
                    Add(graph.GetAnonymousFunctionControlFlowGraph(lambda, cancellationToken), cancellationToken, depth + 1);
                }
            }
        }

        foreach (var function in graph.LocalFunctions)
        {
            Add(graph.GetLocalFunctionControlFlowGraph(function, cancellationToken), cancellationToken, depth + 1);
        }
    }

    private sealed class Entry
    {
        public Entry(ControlFlowGraph graph, BasicBlock block, int index, SyntaxNode syntax)
        {
            Graph = graph;
            Block = block;
            Index = index;
            Syntax = syntax;
        }

        public ControlFlowGraph Graph { get; }

        public BasicBlock Block { get; }

        public int Index { get; }

        public SyntaxNode Syntax { get; }
    }
}
