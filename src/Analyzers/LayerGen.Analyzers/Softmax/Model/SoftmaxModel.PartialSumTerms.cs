using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A sum fed by several partial sums at once: <c>total += (s0 + s1) + (s2 + s3)</c> after an unrolled row loop that
/// keeps four partial accumulators, <c>total += rowSum + tailSum</c>. Each partial that is itself a sum of the same
/// kind is a nested fold (<see cref="NestedFold"/>); the outer total folds what all of them folded, exactly as four
/// separate <c>total += s0</c> writes would.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The nested folds among the additive terms of <paramref name="add"/>, merged: the first one found as the inner
    /// fold, the dimensions of every one's elements. Null when no term is a nested sum.
    /// </summary>
    private (Reduction Inner, ImmutableDictionary<IOperation, ImmutableHashSet<DimensionAtom>> Dims)? NestedFoldOfPartials(ISymbol target, IBinaryOperation add)
    {
        Reduction? inner = null;
        var dims = StableKeys.Map<ImmutableHashSet<DimensionAtom>>();
        foreach (var term in Terms(add))
        {
            if (NestedFold(target, ReductionKind.Sum, term) is { } nested)
            {
                inner ??= nested.Inner;
                dims = ValueFacts.MergeDims(dims, nested.Dims);
            }
        }

        return inner is null ? null : (inner, dims);
    }

    /// <summary>
    /// The addition of partial sums <paramref name="value"/> is, written inline (<c>total += s0 + s1</c>) or through a
    /// local declared once with it (<c>var t = s0 + s1; total += t;</c>, the same fold); null for any other value.
    /// </summary>
    private IBinaryOperation? PartialSums(IOperation value)
    {
        if (VariableOf(value) is ILocalSymbol copy && WritesOf(copy) is { Count: 1 } copies && copies[0].Operation is IVariableDeclaratorOperation
            && copies[0].Value is { } copied)
        {
            value = copied;
        }

        return Unwrap(value) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add ? add : null;
    }
}
