using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>Written-out sums of a few scalar exps (<c>ea + eb</c>): the denominator of a softmax over scalars.</summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>The <c>ea + eb</c> additions read as sums of a few scalar exps (a softmax of scalars), with their terms.</summary>
    private readonly Dictionary<IOperation, List<IOperation>> _explicitSums = new();

    /// <summary>More terms than this are no written-out softmax denominator.</summary>
    private const int MaxExplicitTerms = 17;

    /// <summary>
    /// <c>ea + eb (+ ec …)</c>: two or more terms, each an exp call, a local assigned only exp calls or a slot of a
    /// scratch buffer of exps (<c>e[0] + e[1]</c>, see <see cref="IsExpSlot"/>), all varying with the same loops — the
    /// denominator of a softmax over a few values of one slice. Null for anything else (<c>1 + e</c> is a sigmoid's
    /// denominator, <c>a + b * e</c> arithmetic that merely uses an exp).
    /// </summary>
    private List<IOperation>? ExplicitSumTerms(IBinaryOperation add)
    {
        var terms = Terms(add);
        return AreExplicitSumTerms(terms) ? terms : null;
    }

    /// <summary>True when <paramref name="terms"/>, added up, are a written-out sum of exps (<see cref="ExplicitSumTerms"/>).</summary>
    private bool AreExplicitSumTerms(List<IOperation> terms)
    {
        if (terms.Count > MaxExplicitTerms || terms.Any(term => !IsExpValue(term) && !IsExpSlot(term) || Eval(term) is { Exps.Count: 0 }))
        {
            return false;
        }

        // Exps of one row inside the row loop (Math.Exp(x[r, 0]) + Math.Exp(x[r, 1])) vary with the same loops; terms
        // that vary with different loops (Math.Exp(x[i]) + Math.Exp(x[j])) are no softmax denominator of one slice.
        if (terms.Skip(1).Any(term => !SameLoops(Eval(term), Eval(terms[0]))))
        {
            return false;
        }

        // e[0] + e[1] of a scratch buffer of two exps: all of its slots, or it is no sum over its axis (UnrolledSums.cs).
        return terms.Count >= 2 && CoversWholeScratchBuffers(terms);
    }

    /// <summary>
    /// True when <paramref name="sum"/> is a written-out sum of a few scalar exps (<c>eb + ef</c>): its softmax axis is
    /// unrolled into its terms, so it folds no loop, and the loops its terms vary with each pick one slice.
    /// </summary>
    public bool IsWrittenOutSum(Reduction sum) =>
        sum.IsInline && sum.Atoms.IsEmpty && sum.Folds.Length == 1 && _explicitSums.ContainsKey(sum.Folds[0]);

    /// <summary>True when two values vary with the same loops (the keys of their dimensions).</summary>
    private static bool SameLoops(ValueFacts first, ValueFacts second) =>
        first.Dims.Count == second.Dims.Count && first.Dims.Keys.All(second.Dims.ContainsKey);

    /// <summary>An exp call (<c>Math.Exp(a)</c>, an exp helper), or a local every write of which assigns one.</summary>
    private bool IsExpValue(IOperation term)
    {
        term = Unwrap(term)!;
        if (VariableOf(term) is ILocalSymbol local)
        {
            var writes = WritesOf(local);
            return writes.Count > 0 && writes.All(write => write.Operation is IVariableDeclaratorOperation or ISimpleAssignmentOperation
                && ExpOperand(Unwrap(write.Value)) is not null);
        }

        return ExpOperand(term) is not null;
    }

    /// <summary>The terms of the written-out sum <paramref name="divisor"/> reads (itself, or a local assigned it once), or null.</summary>
    private List<IOperation>? ExplicitSumTermsOf(IOperation divisor)
    {
        var sum = Unwrap(divisor);
        if (VariableOf(sum) is ILocalSymbol local && WritesOf(local) is { Count: 1 } writes)
        {
            sum = Unwrap(writes[0].Value);
        }

        return sum is not null && _explicitSums.TryGetValue(sum, out var terms) ? terms : null;
    }

    /// <summary>
    /// <c>normaliser + dummy</c>: one sum of exps plus extra terms of the same normalisation (exp values, constants), the
    /// denominator of a softmax with an extra fixed-score class (e2e-coref's dummy antecedent ε, a "none" option). The
    /// fold is the sum's (where it accumulates, where it is reset); the extra terms' exps join its elements. Null when no
    /// term or more than one is such a sum, or another term is anything else.
    /// </summary>
    private Reduction? SumWithExtraTerms(IBinaryOperation add, IOperation use)
    {
        Reduction? sum = null;
        var extra = ValueFacts.Empty;
        foreach (var term in Terms(add))
        {
            if (IsExpValue(term))
            {
                extra = extra.Merge(Eval(term).WithoutDims());
            }
            else if (sum is null && ReductionAt(term, use) is { Kind: ReductionKind.Sum, Elements.Exps.Count: > 0 } folded && !_explicitSums.ContainsKey(folded.Folds.FirstOrDefault() ?? term))
            {
                sum = folded;
            }
            else if (!term.ConstantValue.HasValue)
            {
                return null;
            }
        }

        return sum is null || extra.Exps.Count == 0
            ? null
            : new Reduction(sum.Kind, sum.Name, sum.Atoms, sum.Folds, sum.Elements.Merge(extra), sum.IsPartial, sum.StaleAtoms, sum.IsInline, sum.Extents, sum.ReadsLanes);
    }

    private Reduction ExplicitSum(IBinaryOperation add, List<IOperation> terms)
    {
        _explicitSums[add] = terms;
        var elements = ValueFacts.Empty;
        foreach (var term in terms)
        {
            elements = elements.Merge(Eval(term));
        }

        // The name without comments or line breaks: ea + eb.
        var name = string.Join(" + ", terms.Select(term => Compact(term.Syntax.ToString())));
        return new Reduction(ReductionKind.Sum, name, ScratchAxes(terms), ImmutableArray.Create<IOperation>(add), elements.WithoutDims(), false, ImmutableHashSet<DimensionAtom>.Empty, isInline: true);
    }
}
