using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Paths of a one-loop state machine (<c>while (phase != Done) switch (phase) { … }</c>, an <c>if/else if</c> chain on
/// the phase, integer state constants): the graph alone lets every case follow every other, because it does not know
/// the phase. Walked with the constants each state local can hold (<c>phase = ++row &lt; n ? Start : Done</c> leaves
/// Start or Done), a branch that tests the phase against a constant it cannot hold is not taken, so the step into a new
/// row is seen to enter the Start case (and its resets) before the fold runs again.
/// </summary>
internal sealed partial class FlowIndex
{
    /// <summary>Most constants a state local is tracked with; more is "any value".</summary>
    private const int MaxStateValues = 16;

    /// <summary>
    /// True when the value written at <paramref name="write"/> can come back to <paramref name="write"/> within
    /// <paramref name="loop"/> passing one of <paramref name="throughs"/> and none of <paramref name="resets"/>, along a
    /// path that the constants assigned to <paramref name="states"/> allow. Unknown positions give true.
    /// </summary>
    public bool CarriesThrough(IOperation write, IOperation loop, IReadOnlyList<IOperation> resets, IReadOnlyList<IOperation> throughs, IReadOnlyCollection<ILocalSymbol> states)
    {
        var start = Locate(write);
        if (start is null)
        {
            return true;
        }

        var marks = ResetsIn(start.Graph, throughs);
        return marks.Count == 0 || StatePath(start, start, loop, resets, marks, states);
    }

    /// <summary>
    /// True when, after <paramref name="use"/>, control can reach <paramref name="write"/> again within
    /// <paramref name="loop"/> passing none of <paramref name="resets"/>, along a path the state constants allow: the
    /// value read at the use may still grow. Unknown positions give true.
    /// </summary>
    public bool FoldsAgainAfter(IOperation use, IOperation write, IOperation loop, IReadOnlyList<IOperation> resets, IReadOnlyCollection<ILocalSymbol> states)
    {
        var from = Locate(use);
        var to = Locate(write);
        return from is null || to is null || from.Graph != to.Graph || StatePath(from, to, loop, resets, marks: null, states);
    }

    /// <summary>
    /// The walk of <see cref="CarriesThrough"/> and <see cref="FoldsAgainAfter"/>: from just after <paramref name="from"/>
    /// to just before <paramref name="to"/> inside <paramref name="loop"/>'s blocks, passing no reset and (when
    /// <paramref name="marks"/> is given) some mark. Each state local starts with the constants it may hold at
    /// <paramref name="from"/> (<see cref="StatesOnEntry"/>).
    /// </summary>
    private bool StatePath(Entry from, Entry to, IOperation loop, IReadOnlyList<IOperation> resets, HashSet<(BasicBlock, int)>? marks, IReadOnlyCollection<ILocalSymbol> states)
    {
        var (low, high) = Range(from.Graph, loop.Syntax.Span, loop.Syntax.SyntaxTree);
        if (low < 0)
        {
            return true;
        }

        var blocked = ResetsIn(from.Graph, resets);
        var tracker = new StateTracker(from.Graph, states);
        var initial = StatesOnEntry(from.Graph, tracker, blocked)[from.Block.Ordinal];
        for (var index = 0; index <= from.Index && index < from.Block.Operations.Length; index++)
        {
            initial = tracker.After(from.Block.Operations[index], initial);
        }

        var visited = new HashSet<(int, bool, string)>();
        var work = new Stack<(BasicBlock Block, int First, bool Passed, StateValues State)>();
        work.Push((from.Block, from.Index + 1, marks is null, initial));
        var first = true;
        while (work.Count > 0)
        {
            var (block, firstIndex, passed, state) = work.Pop();
            var arrives = block == to.Block && (!first || to.Index >= firstIndex);
            first = false;
            var last = arrives ? to.Index - 1 : block.Operations.Length;
            var alive = true;
            for (var index = firstIndex; index <= last; index++)
            {
                if (blocked.Contains((block, index)))
                {
                    alive = false;
                    break;
                }

                passed |= marks is not null && marks.Contains((block, index));
                if (index < block.Operations.Length)
                {
                    state = tracker.After(block.Operations[index], state);
                }
            }

            if (!alive)
            {
                continue;
            }

            if (arrives)
            {
                if (passed)
                {
                    return true;
                }

                // Past the target the path only repeats walks that start from it.
                continue;
            }

            foreach (var (next, nextState) in tracker.Successors(block, state, blocked))
            {
                if (next.Ordinal < low || next.Ordinal > high || !visited.Add((next.Ordinal, passed, nextState.Key)))
                {
                    continue;
                }

                work.Push((next, 0, passed, nextState));
            }
        }

        return false;
    }

    /// <summary>
    /// The constants each state local may hold on entry to each block (a forward may-analysis: the union over the
    /// incoming paths, any value once more than <see cref="MaxStateValues"/>), from any value at the graph's entry.
    /// </summary>
    private static StateValues[] StatesOnEntry(ControlFlowGraph graph, StateTracker tracker, HashSet<(BasicBlock, int)> blocked)
    {
        var entry = new StateValues?[graph.Blocks.Length];
        entry[0] = StateValues.Unknown;
        var work = new Stack<BasicBlock>();
        work.Push(graph.Blocks[0]);
        var rounds = 0;
        while (work.Count > 0 && rounds++ < 20000)
        {
            var block = work.Pop();
            var state = entry[block.Ordinal]!;
            foreach (var operation in block.Operations)
            {
                state = tracker.After(operation, state);
            }

            foreach (var (next, nextState) in tracker.Successors(block, state, blocked, allPaths: true))
            {
                var known = entry[next.Ordinal];
                var joined = known is null ? nextState : known.Join(nextState);
                if (known is null || joined.Key != known.Key)
                {
                    entry[next.Ordinal] = joined;
                    work.Push(next);
                }
            }
        }

        // A block the walk never reached (or a cut-short walk): any value.
        return entry.Select(state => work.Count > 0 ? StateValues.Unknown : state ?? StateValues.Unknown).ToArray();
    }

    /// <summary>
    /// The constants each state local (and each capture of constants, a lowered <c>?:</c> or switch expression) may hold
    /// at a point of a path; one not listed may hold anything.
    /// </summary>
    private sealed class StateValues
    {
        public static readonly StateValues Unknown = new(new Dictionary<object, string[]>(StateKeyComparer.Instance));

        private readonly Dictionary<object, string[]> _values;

        private StateValues(Dictionary<object, string[]> values)
        {
            _values = values;
            Key = string.Join(";", values.Select(pair => KeyText(pair.Key) + "=" + string.Join(",", pair.Value)).OrderBy(text => text, System.StringComparer.Ordinal));
        }

        /// <summary>A text that tells two states apart (the visited key of a walk).</summary>
        public string Key { get; }

        /// <summary>The constants <paramref name="key"/> (a local or a capture) may hold, null for any value.</summary>
        public string[]? Of(object key) => _values.TryGetValue(key, out var values) ? values : null;

        /// <summary>This state with <paramref name="key"/> holding one of <paramref name="values"/> (any value when null).</summary>
        public StateValues With(object key, string[]? values)
        {
            if (values is null && !_values.ContainsKey(key))
            {
                return this;
            }

            var copy = new Dictionary<object, string[]>(_values, StateKeyComparer.Instance);
            if (values is null || values.Length > MaxStateValues)
            {
                copy.Remove(key);
            }
            else
            {
                copy[key] = values.Distinct().OrderBy(value => value, System.StringComparer.Ordinal).ToArray();
            }

            return new StateValues(copy);
        }

        /// <summary>What either state allows: the union of the constants of locals both know, any value for the others.</summary>
        public StateValues Join(StateValues other)
        {
            var joined = new Dictionary<object, string[]>(StateKeyComparer.Instance);
            foreach (var pair in _values)
            {
                if (other._values.TryGetValue(pair.Key, out var theirs) && pair.Value.Union(theirs).ToArray() is { Length: <= MaxStateValues } union)
                {
                    joined[pair.Key] = union.OrderBy(value => value, System.StringComparer.Ordinal).ToArray();
                }
            }

            return new StateValues(joined);
        }

        private static string KeyText(object key) => key is ISymbol symbol ? symbol.Name : "#" + key.GetHashCode().ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Locals compared as symbols, captures by id.</summary>
    private sealed class StateKeyComparer : IEqualityComparer<object>
    {
        public static readonly StateKeyComparer Instance = new();

        public new bool Equals(object? x, object? y) =>
            x is ISymbol left && y is ISymbol right ? SymbolEqualityComparer.Default.Equals(left, right) : object.Equals(x, y);

        public int GetHashCode(object obj) => obj is ISymbol symbol ? SymbolEqualityComparer.Default.GetHashCode(symbol) : obj.GetHashCode();
    }

    /// <summary>Reads assignments of the state locals and branch conditions testing them, in one graph.</summary>
    private sealed class StateTracker
    {
        private readonly HashSet<ILocalSymbol> _states;
        private readonly Dictionary<CaptureId, List<IOperation>> _captures = new();

        public StateTracker(ControlFlowGraph graph, IReadOnlyCollection<ILocalSymbol> states)
        {
            _states = new HashSet<ILocalSymbol>(states, SymbolEqualityComparer.Default);
            foreach (var block in graph.Blocks)
            {
                foreach (var capture in block.Operations.SelectMany(operation => operation.DescendantsAndSelf()).OfType<IFlowCaptureOperation>())
                {
                    if (!_captures.TryGetValue(capture.Id, out var values))
                    {
                        values = new List<IOperation>();
                        _captures[capture.Id] = values;
                    }

                    values.Add(capture.Value);
                }
            }
        }

        /// <summary>The state after <paramref name="operation"/> runs.</summary>
        public StateValues After(IOperation operation, StateValues state)
        {
            if (_states.Count == 0)
            {
                return state;
            }

            foreach (var written in operation.DescendantsAndSelf())
            {
                if (written is IFlowCaptureOperation capture)
                {
                    // One arm of a lowered ?: or switch expression: on this path the capture holds that arm's value.
                    state = state.With(capture.Id, Constants(capture.Value, state, depth: 0));
                }
                else if (written is ISimpleAssignmentOperation assignment && StateLocal(assignment.Target) is { } local)
                {
                    state = state.With(local, Constants(assignment.Value, state, depth: 0));
                }
            }

            return state;
        }

        /// <summary>The successors of <paramref name="block"/> that the state allows, each with the state refined by the branch taken.</summary>
        public IEnumerable<(BasicBlock Block, StateValues State)> Successors(BasicBlock block, StateValues state, HashSet<(BasicBlock, int)> blocked, bool allPaths = false)
        {
            var test = block.BranchValue is { } condition && block.ConditionalSuccessor is not null ? Test(condition) : null;
            var successors = allPaths
                ? new[] { block.FallThroughSuccessor?.Destination, block.ConditionalSuccessor?.Destination }.Where(next => next is not null).Select(next => next!)
                : FlowIndex.Successors(block, blocked);
            foreach (var next in successors)
            {
                if (test is not { } known || block.FallThroughSuccessor?.Destination == block.ConditionalSuccessor!.Destination)
                {
                    yield return (next, state);
                    continue;
                }

                // The conditional successor is taken when the condition is ConditionKind; the fall-through otherwise.
                var onConditional = block.ConditionalSuccessor!.Destination == next;
                var conditionTrue = onConditional == (block.ConditionKind == ControlFlowConditionKind.WhenTrue);
                var equal = conditionTrue == known.Equal;
                var values = state.Of(known.Local);
                if (values is null)
                {
                    yield return (next, equal ? state.With(known.Local, new[] { known.Value }) : state);
                    continue;
                }

                var left = equal ? values.Where(value => value == known.Value).ToArray() : values.Where(value => value != known.Value).ToArray();
                if (left.Length > 0)
                {
                    yield return (next, state.With(known.Local, left));
                }
            }
        }

        /// <summary><c>s == C</c>, <c>s != C</c>, <c>s is C</c> (either side) for a state local <c>s</c>: the local, the constant, and whether true means equal.</summary>
        private (ILocalSymbol Local, string Value, bool Equal)? Test(IOperation condition)
        {
            condition = Strip(condition);
            switch (condition)
            {
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } binary:
                    var equal = binary.OperatorKind == BinaryOperatorKind.Equals;
                    if (StateLocal(binary.LeftOperand) is { } left && Constant(binary.RightOperand) is { } right)
                    {
                        return (left, right, equal);
                    }

                    if (StateLocal(binary.RightOperand) is { } rightLocal && Constant(binary.LeftOperand) is { } leftValue)
                    {
                        return (rightLocal, leftValue, equal);
                    }

                    return null;
                case IIsPatternOperation { Pattern: IConstantPatternOperation { Value: var constant } } pattern when StateLocal(pattern.Value) is { } tested && Constant(constant) is { } value:
                    return (tested, value, true);
                case IIsPatternOperation { Pattern: INegatedPatternOperation { Pattern: IConstantPatternOperation { Value: var negated } } } pattern
                    when StateLocal(pattern.Value) is { } tested && Constant(negated) is { } value:
                    return (tested, value, false);
                default:
                    return null;
            }
        }

        /// <summary>The state local read by <paramref name="operation"/>, directly or through a capture that only ever holds it.</summary>
        private ILocalSymbol? StateLocal(IOperation operation)
        {
            operation = Strip(operation);
            if (operation is ILocalReferenceOperation { Local: var local } && _states.Contains(local))
            {
                return local;
            }

            if (operation is IFlowCaptureReferenceOperation reference && _captures.TryGetValue(reference.Id, out var values)
                && values.Select(value => Strip(value) is ILocalReferenceOperation { Local: var captured } ? captured : null).Distinct(SymbolEqualityComparer.Default).ToList() is [ILocalSymbol only]
                && _states.Contains(only))
            {
                return only;
            }

            return null;
        }

        /// <summary>The constants <paramref name="value"/> may be: a constant, a capture's value on this path or any constant it is given; null for any value.</summary>
        private string[]? Constants(IOperation value, StateValues? state, int depth)
        {
            value = Strip(value);
            if (Constant(value) is { } constant)
            {
                return new[] { constant };
            }

            if (value is IFlowCaptureReferenceOperation known && state?.Of(known.Id) is { } onPath)
            {
                return onPath;
            }

            if (depth < 4 && value is IFlowCaptureReferenceOperation reference && _captures.TryGetValue(reference.Id, out var values))
            {
                var all = new List<string>();
                foreach (var captured in values)
                {
                    if (Constants(captured, null, depth + 1) is not { } some)
                    {
                        return null;
                    }

                    all.AddRange(some);
                }

                return all.ToArray();
            }

            return null;
        }

        private static string? Constant(IOperation operation)
        {
            operation = Strip(operation);
            return operation.ConstantValue is { HasValue: true, Value: { } value } && value is not float and not double
                ? System.Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)
                : null;
        }

        private static IOperation Strip(IOperation operation)
        {
            while (operation is IConversionOperation or IParenthesizedOperation)
            {
                operation = operation is IConversionOperation conversion ? conversion.Operand : ((IParenthesizedOperation)operation).Operand;
            }

            return operation;
        }
    }
}
