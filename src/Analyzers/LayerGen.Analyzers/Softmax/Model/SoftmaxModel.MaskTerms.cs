using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Mask terms are not max shifts. An additive mask <c>logits[i] + (1f - mask[i]) * -1e9f</c> is the logits plus a
/// penalty: a subtraction from a value that reads no data (<c>1f - mask[i]</c>, <c>0 - x[i]</c>) shifts nothing (it is
/// the subtrahend, negated). A subtracted penalty <c>logits[i] - (1f - mask[i]) * 1e9f</c> subtracts a value that changes
/// with every element the exp takes (it reads other data than the logits, along every loop the exponent does, and is
/// no reduction): a maximum is one number per softmax slice, so such a term is no maximum either. A running maximum
/// (<c>exp(v - Max(m, v))</c> of an online softmax) reads the logits themselves and stays a shift. So does an element of
/// another buffer read at the same index (<c>exp(logP[k] - logQ[k])</c>, an importance ratio) or along the softmax axis
/// only (DINO's per-class centre, <c>exp((t[b, d] - c[d]) / tau)</c>): it changes along the softmax axis, so the
/// exponentiated value is the difference, which no maximum bounds (LG0003).
/// </summary>
internal sealed partial class SoftmaxModel
{
    private bool IsComplement(IBinaryOperation subtract)
    {
        var left = Eval(subtract.LeftOperand);
        return left.RawRoots.Count == 0 && left.Shifts.Count == 0 && left.Exps.Count == 0 && left.Dims.Count == 0 && !left.IsOpaque
            && Eval(subtract.RightOperand).RawRoots.Count > 0;
    }

    /// <summary>
    /// True when <paramref name="shift"/> is computed and varies element by element along every loop <paramref name="exp"/>'s
    /// argument varies along, or is an element read of other data that moves along the softmax axis.
    /// </summary>
    private bool IsElementwiseTerm(IOperation shift, IOperation exp)
    {
        // A computed term ((1f - mask[i]) * 1e9f, legal[i] ? 0f : 1e9f), directly or in a local assigned once; a plain
        // element read (rowMax[i / cols]) or variable is how a maximum is read, and stays one unless it moves along the
        // softmax axis (below). An element copied into a local outside every loop (double max = x[best]) is one number.
        var computed = Unwrap(shift);
        var copiedPerElement = true;
        if (computed is ILocalReferenceOperation { Local: var local } && WritesOf(local) is { Count: 1 } writes && writes[0].Operation is IVariableDeclaratorOperation)
        {
            computed = Unwrap(writes[0].Value);
            copiedPerElement = EnclosingLoop(writes[0].Operation) is not null;
        }

        var isElementRead = copiedPerElement && (computed is IArrayElementReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: true } || OneIndexRead(computed) is not null);
        if (computed is not (IBinaryOperation or IConditionalOperation) && !isElementRead)
        {
            return false;
        }

        var term = Eval(shift);
        var argument = ExpArgument(exp);
        // Other data: a computed term reads none of the exponentiated buffers; an element read is of another buffer (what
        // was written into it, DINO's centre updated from the batch mean, may come from them).
        var otherData = isElementRead ? RootOf(computed!) is { } buffer && !argument.RawRoots.Contains(buffer) : !term.RawRoots.Overlaps(argument.RawRoots);
        if (term.RawRoots.Count == 0 || !otherData || term.Exps.Count > 0 || term.IsOpaque || argument.Dims.Count == 0
            || !isElementRead && !argument.Dims.Keys.All(term.Dims.ContainsKey) || ReductionAt(shift, exp) is not null)
        {
            return false;
        }

        // A plain element read of other data is a maximum read (rowMax[i / cols], colMax[s]) unless it moves along the
        // softmax axis (logQ[k] of exp(logP[k] - logQ[k]), DINO's centre c[d] of exp((t[b, d] - c[d]) / tau), constant
        // over the batch but one number per class): then it is part of the exponentiated value, not a shift of it. A
        // per-slice shift is one number per slice; whatever else the buffer holds (a running mean, a prior), an element
        // that changes along the softmax axis bounds nothing. (One folded in this method is a reduction: LG0004 judges it.)
        return !isElementRead || MovesAlongSoftmaxAxis(term, argument, exp);
    }

    /// <summary>
    /// True when <paramref name="term"/> changes along the softmax axis of the sites <paramref name="exp"/> feeds: a loop
    /// that walks that axis in the exponentiated value (<paramref name="argument"/>) indexes the term too, and either walks
    /// only the axis there or reaches the term with the same strides (a flat walk over a whole batch moves <c>x[i]</c>
    /// along the axis, <c>rowMax[i / cols]</c> not). Before the sites are known, or when no loop of the value walks the
    /// sum's axis as the model names it, every loop of the value counts.
    /// </summary>
    private bool MovesAlongSoftmaxAxis(ValueFacts term, ValueFacts argument, IOperation exp)
    {
        var axis = new HashSet<DimensionAtom>();
        foreach (var site in _sites)
        {
            if (site.Exps.Contains(exp))
            {
                axis.UnionWith(Classes.Classes(site.Sum.Atoms));
            }
        }

        // A sum whose axis is known in other terms than the value's (a helper folds it) tells nothing: every loop counts.
        if (!argument.Dims.Values.Any(atoms => Classes.Classes(atoms).Overlaps(axis)))
        {
            axis.Clear();
        }

        foreach (var pair in argument.Dims)
        {
            var valueAtoms = Classes.Classes(pair.Value);
            if (axis.Count > 0 && !valueAtoms.Overlaps(axis) || !term.Dims.TryGetValue(pair.Key, out var termAtoms))
            {
                continue;
            }

            if (axis.Count > 0 && valueAtoms.IsSubsetOf(axis) || StrideKeys(termAtoms).SetEquals(StrideKeys(pair.Value)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The keys of <paramref name="atoms"/> with a walk to the end by a stride read as that stride.</summary>
    private static HashSet<string> StrideKeys(IEnumerable<DimensionAtom> atoms) => new(
        atoms.Select(atom => atom.IsStridesFrom ? "s:" + atom.Key.Substring(DimensionAtom.StridesFromPrefix.Length) : atom.Key), System.StringComparer.Ordinal);
}
