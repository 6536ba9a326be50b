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
/// index reads (<c>p[targets[n]]</c> is one element of this row's buffer, not a walk over rows).
/// </summary>
internal sealed partial class SoftmaxModel
{
    private readonly Dictionary<ISymbol, ImmutableArray<IOperation>> _allocations = new(SymbolEqualityComparer.Default);

    /// <summary>The element dimensions of <paramref name="root"/> without the loops it is allocated afresh in.</summary>
    private ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>> WithoutAllocatingLoops(
        ISymbol root, ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>> dims)
    {
        if (root is not ILocalSymbol || dims.IsEmpty || Allocations(root) is not { IsEmpty: false } allocations)
        {
            return dims;
        }

        foreach (var loop in dims.Keys.ToList())
        {
            if (LoopBody(loop) is { } body && allocations.All(allocation => Contains(body, allocation)))
            {
                dims = dims.Remove(loop);
            }
        }

        return dims;
    }

    /// <summary>Every write of a local buffer when each one allocates a new buffer; empty when any does not.</summary>
    private ImmutableArray<IOperation> Allocations(ISymbol root)
    {
        if (!_allocations.TryGetValue(root, out var known))
        {
            var writes = WritesOf(root);
            known = writes.Count > 0 && writes.All(write => IsAllocation(write.Value))
                ? writes.Select(write => write.Operation).ToImmutableArray()
                : ImmutableArray<IOperation>.Empty;
            _allocations[root] = known;
        }

        return known;
    }

    /// <summary><c>new T[n]</c>, <c>new List&lt;T&gt;(n)</c>, <c>stackalloc T[n]</c>, a collection expression, <c>….ToArray()</c>.</summary>
    private static bool IsAllocation(IOperation? value)
    {
        value = Unwrap(value);
        return value is IArrayCreationOperation or IObjectCreationOperation { Type.Name: "List" } or ICollectionExpressionOperation
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
