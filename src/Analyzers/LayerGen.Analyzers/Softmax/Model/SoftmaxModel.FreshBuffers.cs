using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Buffers allocated afresh in every iteration of a loop (<c>var p = new double[classes]</c> in the row loop, a
/// <c>stackalloc</c> per row): each iteration has its own buffer, so that loop picks no dimension of it, whatever its
/// index reads (<c>p[targets[n]]</c> is one element of this row's buffer, not a walk over rows). What that loop does
/// pick is the data the buffer is filled from: <c>w[i] = Math.Exp(items[i] - best)</c> in <c>foreach (var (user, items) in
/// scores)</c> fills this iteration's <c>w</c> from one row of <c>scores</c>, so an element of <c>w</c> is of that row
/// (a sum of <c>w[i]</c> carried across the walk folds every row). A <c>foreach</c> or LINQ walk over the buffer reads
/// the same elements (<c>foreach (var v in w)</c> is of that row too).
/// </summary>
internal sealed partial class SoftmaxModel
{
    private readonly Dictionary<ISymbol, ImmutableArray<IOperation>> _allocations = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ISymbol, ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>>> _filledFrom = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// The element dimensions of <paramref name="root"/> with each loop it is allocated afresh in picking what the
    /// buffer is filled from in that loop (nothing, when its values are not read per iteration of that loop).
    /// </summary>
    private ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>> WithoutAllocatingLoops(
        ISymbol root, ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>> dims, IOperation read)
    {
        foreach (var loop in AllocatingLoops(root))
        {
            if (dims.ContainsKey(loop) || Contains(LoopBody(loop)!, read))
            {
                dims = FilledFrom(root).TryGetValue(loop, out var filled) ? dims.SetItem(loop, filled) : dims.Remove(loop);
            }
        }

        return dims;
    }

    /// <summary>The loops a local buffer is allocated afresh in, every allocation inside each one's body (none for any other buffer).</summary>
    private IEnumerable<IOperation> AllocatingLoops(ISymbol root)
    {
        if (root is not ILocalSymbol || Allocations(root) is not { IsEmpty: false } allocations)
        {
            return Enumerable.Empty<IOperation>();
        }

        return EnclosingLoops(allocations[0]).Where(loop => LoopBody(loop) is { } body && allocations.All(allocation => Contains(body, allocation)));
    }

    /// <summary>Loop → the dimensions that loop picks in the values written into <paramref name="root"/>'s elements.</summary>
    private ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>> FilledFrom(ISymbol root)
    {
        if (_filledFrom.TryGetValue(root, out var known))
        {
            return known;
        }

        // A buffer filled from itself (w[i] = w[i - 1] * r) asks again while this runs: it then sees nothing.
        _filledFrom[root] = StableKeys.Map<ImmutableHashSet<DimensionAtom>>();
        var filled = StableKeys.Map<ImmutableHashSet<DimensionAtom>>();
        foreach (var write in _elementWrites)
        {
            if (write.Value is { } value && SymbolEqualityComparer.Default.Equals(RootOf(write.Target), root))
            {
                filled = ValueFacts.MergeDims(filled, Eval(value).Dims);
            }
        }

        // A fresh helper row is filled from what the call is given (HelperRows.cs).
        foreach (var write in WritesOf(root))
        {
            if (Unwrap(write.Value) is IInvocationOperation call && IsFreshHelperRow(call))
            {
                filled = ValueFacts.MergeDims(filled, HelperRowDims(call));
            }
        }

        // A list filled by Add (p.Add(Math.Exp(v - m)) in foreach (var v in row)) is filled from what it adds.
        foreach (var add in _listAdds)
        {
            if (SymbolEqualityComparer.Default.Equals(RootOf(add.Instance!), root))
            {
                filled = ValueFacts.MergeDims(filled, AddedFacts(add).Dims);
            }
        }

        _filledFrom[root] = filled;
        return filled;
    }

    /// <summary>
    /// For a whole-buffer call (<c>p.Sum()</c>, <c>Enumerable.Max(p)</c>) on a local buffer allocated afresh in loops
    /// around <paramref name="at"/>: each such loop with the dimensions it picks in the data the buffer is filled from
    /// (a fold of <c>p.Sum()</c> carried across the row loop then folds every row); empty for any other value.
    /// </summary>
    private ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>> FreshReceiverPicks(IOperation? value, IOperation at)
    {
        var none = StableKeys.Map<ImmutableHashSet<DimensionAtom>>();
        if (Unwrap(value) is not IInvocationOperation call || (call.Instance ?? (call.Arguments.Length > 0 ? call.Arguments[0].Value : null)) is not { } receiver
            || EvalView(receiver) is not { Root: ILocalSymbol root })
        {
            return none;
        }

        return WithoutAllocatingLoops(root, none, at);
    }

    /// <summary>Every write of a local buffer when each one allocates a new buffer; empty when any does not.</summary>
    private ImmutableArray<IOperation> Allocations(ISymbol root)
    {
        if (!_allocations.TryGetValue(root, out var known))
        {
            var writes = WritesOf(root);
            // A helper's fresh row of data (logits = Logits(q, set)) is allocated at the call (HelperRows.cs).
            known = writes.Count > 0 && writes.All(write => IsAllocation(write.Value) || IsFreshHelperRow(write.Value))
                ? writes.Select(write => write.Operation).ToImmutableArray()
                : ImmutableArray<IOperation>.Empty;
            _allocations[root] = known;
        }

        return known;
    }

    /// <summary><c>new T[n]</c>, <c>new List&lt;T&gt;(n)</c>, <c>new Dictionary&lt;K, T&gt;()</c>, <c>stackalloc T[n]</c>, a collection expression, <c>….ToArray()</c>.</summary>
    private static bool IsAllocation(IOperation? value)
    {
        if (IsSpreadCopy(value))
        {
            return true;
        }

        value = Unwrap(value);
        return value is IArrayCreationOperation or IObjectCreationOperation { Type.Name: "List" or "Dictionary" } or ICollectionExpressionOperation
            || value is IInvocationOperation { TargetMethod.Name: "ToArray" or "ToList", Arguments.Length: <= 1 }
            || value?.Syntax is StackAllocArrayCreationExpressionSyntax or ImplicitStackAllocArrayCreationExpressionSyntax;
    }

    private static IOperation? LoopBody(IOperation loop) => loop switch
    {
        ILoopOperation statement => statement.Body,
        IAnonymousFunctionOperation function => function.Body,
        _ => null,
    };
}
