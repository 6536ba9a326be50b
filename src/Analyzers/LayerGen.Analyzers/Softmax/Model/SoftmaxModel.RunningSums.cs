using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Running sums are folds, not induction variables. <c>offset += cols</c> and <c>o = o + stride</c> step a position
/// through a buffer; <c>running += powers[k]</c>, <c>running = running + powers[k]</c>, <c>running = powers[k] + running</c>
/// and <c>var t = powers[k]; running += t;</c> add up values, one per step: the cumulative numerator of a CDF
/// (<c>cdf[k] = running / total</c>, roulette-wheel and Boltzmann sampling). Read as an induction variable, such a sum
/// holds no value at all, so the exps it adds up never reach its division. A non-integral local stepped by what changes
/// from one step to the next (an element or a call, or a local written inside the loop) is therefore never taken as an
/// induction variable; an integral one still is (<c>offset += lengths[r]</c> moves through variable-length rows), and
/// so is a non-integral one stepped by a loop-invariant amount (<c>x += h</c>, an arithmetic progression).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// True when <paramref name="write"/>, a step of <paramref name="local"/> by <see cref="IsStep"/>, adds a value that
    /// changes within <paramref name="loop"/> to a non-integral local: a running sum, not an induction variable.
    /// </summary>
    private bool IsRunningSumStep(VariableWrite write, ILocalSymbol local, IOperation loop)
    {
        if (IsIntegral(local.Type))
        {
            return false;
        }

        var added = write.Operation switch
        {
            ICompoundAssignmentOperation compound => compound.Value,
            ISimpleAssignmentOperation { Value: var value } when Unwrap(value) is IBinaryOperation binary =>
                References(binary.LeftOperand, local) ? binary.RightOperand : binary.LeftOperand,
            _ => null,
        };

        return added is not null && VariesWithin(added, loop);
    }

    /// <summary>
    /// True when <paramref name="value"/> may differ between steps of <paramref name="loop"/>: it reads an element, calls
    /// a method, or reads a local written inside the loop (its induction variable, a temporary of the step) or one the
    /// loop walks (the <c>foreach</c> variable of the loop or of a loop in it, the element parameter of an iterating
    /// lambda: <c>powers.Select(p =&gt; { running += p; … })</c>).
    /// </summary>
    private bool VariesWithin(IOperation value, IOperation loop) =>
        value.DescendantsAndSelf().Any(operation => operation switch
        {
            IInvocationOperation => true,
            _ when IsElementAccess(operation) => true,
            ILocalReferenceOperation { Local: var read } => ForEachOf(read) is { } walk && Contains(loop, walk)
                || WritesOf(read).Any(write => Contains(loop, write.Operation)),
            IParameterReferenceOperation { Parameter: var parameter } => LambdaOf(parameter) is { } lambda && Contains(loop, lambda),
            _ => false,
        });

    /// <summary>An integer type (also <c>char</c> and native integers): what counts or offsets positions.</summary>
    private static bool IsIntegral(ITypeSymbol type) =>
        type.SpecialType is SpecialType.System_Int16 or SpecialType.System_Int32 or SpecialType.System_Int64
            or SpecialType.System_UInt16 or SpecialType.System_UInt32 or SpecialType.System_UInt64
            or SpecialType.System_Byte or SpecialType.System_SByte or SpecialType.System_Char
            or SpecialType.System_IntPtr or SpecialType.System_UIntPtr;
}
