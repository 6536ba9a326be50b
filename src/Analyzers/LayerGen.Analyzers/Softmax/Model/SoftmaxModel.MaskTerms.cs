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
/// (<c>exp(v - Max(m, v))</c> of an online softmax) reads the logits themselves and stays a shift.
/// </summary>
internal sealed partial class SoftmaxModel
{
    private bool IsComplement(IBinaryOperation subtract)
    {
        var left = Eval(subtract.LeftOperand);
        return left.RawRoots.Count == 0 && left.Shifts.Count == 0 && left.Exps.Count == 0 && left.Dims.Count == 0 && !left.IsOpaque
            && Eval(subtract.RightOperand).RawRoots.Count > 0;
    }

    /// <summary>True when <paramref name="shift"/> varies element by element along every loop <paramref name="exp"/>'s argument varies along.</summary>
    private bool IsElementwiseTerm(IOperation shift, IOperation exp)
    {
        // A computed term ((1f - mask[i]) * 1e9f, legal[i] ? 0f : 1e9f), directly or in a local assigned once; a plain
        // element read (rowMax[i / cols]) or variable is how a maximum is read, and stays one.
        var computed = Unwrap(shift);
        if (computed is ILocalReferenceOperation { Local: var local } && WritesOf(local) is { Count: 1 } writes && writes[0].Operation is IVariableDeclaratorOperation)
        {
            computed = Unwrap(writes[0].Value);
        }

        if (computed is not (IBinaryOperation or IConditionalOperation))
        {
            return false;
        }

        var term = Eval(shift);
        var argument = ExpArgument(exp);
        return term.RawRoots.Count > 0 && !term.RawRoots.Overlaps(argument.RawRoots) && term.Exps.Count == 0 && !term.IsOpaque && argument.Dims.Count > 0
            && argument.Dims.Keys.All(term.Dims.ContainsKey) && ReductionAt(shift, exp) is null;
    }
}
