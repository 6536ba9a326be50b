using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A sum an inlined helper accumulates afresh at every call (<see cref="HelperInliner"/>): <c>double Utility(Alt a,
/// double[] beta) { double u = 0; for (j) u += beta[j] * a.Attributes[j]; return u; }</c> called as
/// <c>Utility(alternatives[i], beta)</c> is one value per element the call is given, as the inline
/// <c>beta[0] * alternatives[i].Attributes[0]</c> is. The accumulator keeps the dimensions the caller's loops select
/// (a fold of it over every alternative is a fold over the list; per situation, per situation) and drops those of the
/// helper's own loops, which it sums over. Everything else the body does stays as written, inlined: a shift
/// (<c>u += v - max</c>), a log, an exp, a clamp are read where they are.
/// </summary>
/// <remarks>
/// Only a sum of terms of reads and arithmetic (no call: a sum of exps is a normaliser, a sum of logs no logit) whose own loops fold no
/// buffer the caller's loops also walk (<c>RowSum(x[i])</c> folds the caller's row: a reduction, read as before).
/// Any other accumulator is one number per slice: its value has no dimension.
/// </remarks>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The value of accumulator <paramref name="symbol"/> whose writes join to <paramref name="facts"/>: for a per-call
    /// sum of an inlined helper (see the type remarks), the facts with the caller's dimensions only; else without dimensions.
    /// </summary>
    private ValueFacts AccumulatorValue(ISymbol symbol, ValueFacts facts)
    {
        if (facts.Dims.Count == 0 || facts.Exps.Count > 0 || facts.IsProbability || _inlined is null
            || symbol is not ILocalSymbol local || PerCallSumBlock(local) is not { } block)
        {
            return facts.WithoutDims();
        }

        var outer = StableKeys.Map<ImmutableHashSet<DimensionAtom>>();
        var innerRoots = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var pair in facts.Dims)
        {
            if (pair.Key.Syntax.SyntaxTree == block.SyntaxTree && block.Span.Contains(pair.Key.Syntax.Span))
            {
                innerRoots.UnionWith(pair.Value.Select(atom => atom.Root));
            }
            else
            {
                outer = outer.Add(pair.Key, pair.Value);
            }
        }

        // The helper's loops fold a buffer the caller's loops walk (a row sum of x[i]): a reduction of the caller's data.
        return outer.Count == 0 || outer.Values.Any(atoms => atoms.Any(atom => innerRoots.Contains(atom.Root)))
            ? facts.WithoutDims()
            : facts.With(dims: outer);
    }

    /// <summary>
    /// The block an inlined helper call was replaced by that holds every write of <paramref name="local"/>, when each of
    /// them is a reset standing directly in that block (<c>double u = 0;</c>, or <c>u = 0;</c> for the caller's variable
    /// the helper's accumulator became) or a sum into it (<c>u += t</c>), with at least one of each: the sum restarts at
    /// every call. Null otherwise (a local of the method's own code, a fold carried across calls).
    /// </summary>
    private SyntaxNode? PerCallSumBlock(ILocalSymbol local)
    {
        SyntaxNode? block = null;
        var (resets, sums) = (0, 0);
        foreach (var write in WritesOf(local))
        {
            if (write.Operation is IVariableDeclaratorOperation && write.Value is null)
            {
                // double u0; declared by the caller before the inlined block that fills it.
                continue;
            }

            block ??= InlinedCallBlock(write.Operation.Syntax);
            if (block is null || write.Operation.Syntax.SyntaxTree != block.SyntaxTree || !block.Span.Contains(write.Operation.Syntax.Span))
            {
                return null;
            }

            if (Accumulation(local, write.Operation, write.Value) is { } accumulation)
            {
                // Terms of reads and arithmetic only (a dot product): a log or another call of the data is no element value.
                if (accumulation.Kind != ReductionKind.Sum || accumulation.Value.DescendantsAndSelf().Any(operation => operation is IInvocationOperation))
                {
                    return null;
                }

                sums++;
            }
            else if (write.Value is not null && !References(write.Value, local) && IsStatementOf(write.Operation.Syntax, block))
            {
                resets++;
            }
            else
            {
                return null;
            }
        }

        return resets > 0 && sums > 0 ? block : null;
    }

    /// <summary>The innermost block an inlined helper call was replaced by (<see cref="InlinedBody.CallKind"/>) around <paramref name="node"/>; null outside any.</summary>
    private static SyntaxNode? InlinedCallBlock(SyntaxNode node)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            if (current.HasAnnotations(InlinedBody.CallKind))
            {
                return current;
            }
        }

        return null;
    }

    /// <summary>True when the statement holding <paramref name="node"/> stands directly in <paramref name="block"/> (run once per call).</summary>
    private static bool IsStatementOf(SyntaxNode node, SyntaxNode block)
    {
        var statement = node.AncestorsAndSelf().OfType<StatementSyntax>().FirstOrDefault();
        var body = block is UnsafeStatementSyntax @unsafe ? @unsafe.Block : block;
        return statement?.Parent == body;
    }
}
