using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Folds whose every step adds a whole slice, not one element: <c>s += e0 + e1 + e2</c> or <c>s = s + e0 + e1</c> (a
/// fold too: the target heads a chain of additions, <see cref="HeadsAdditionChain"/>) adds
/// the written-out sum of one row's exps (ExplicitSums.cs). A read after such a step in the same loop is no scan's
/// prefix (Scans.cs): when the sum is carried across the loop (never reset per row), <c>e0 / s</c> divides by every row
/// so far, a sum read while it is still accumulating (partial, LG0002). Reset per row, nothing is carried and the read
/// is the row's own sum.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// True when <paramref name="write"/> adds to the sum <paramref name="target"/> two or more terms that are a
    /// written-out sum of exps of one slice (the terms besides the target's own read, for <c>s = s + e0 + e1</c>).
    /// </summary>
    private bool FoldsWrittenOutSum(ISymbol target, ReductionKind kind, IOperation write)
    {
        if (kind != ReductionKind.Sum)
        {
            return false;
        }

        var added = write switch
        {
            ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add } compound => Terms(compound.Value),
            ISimpleAssignmentOperation { Value: { } value } => Terms(value).Where(term => !ReadsTarget(term, target) && !IsRescaled(term, target)).ToList(),
            _ => null,
        };
        if (added is { Count: 1 } && HeldSum(added[0]) is { } held)
        {
            // var t = e0 + e1 + e2; s += t: the step adds what the temporary holds.
            added = Terms(held);
        }

        return added is { Count: >= 2 } && AreExplicitSumTerms(added);
    }

    /// <summary>The addition a local written once holds (<c>var t = e0 + e1 + e2</c>), read through <paramref name="term"/>.</summary>
    private IOperation? HeldSum(IOperation term) =>
        Unwrap(term) is ILocalReferenceOperation { Local: var local } && WritesOf(local) is { Count: 1 } writes
        && Unwrap(writes[0].Value) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } held
            ? held
            : null;

    /// <summary>
    /// True when <paramref name="operand"/> is an addition whose leftmost term reads <paramref name="target"/> and no
    /// other term does (<c>(s + e0) + e1</c> for <c>s</c>).
    /// </summary>
    private bool HeadsAdditionChain(IOperation operand, ISymbol target)
    {
        if (Unwrap(operand) is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } chain)
        {
            return false;
        }

        var terms = Terms(chain);
        return (ReadsTarget(terms[0], target) || IsRescaled(terms[0], target)) && !terms.Skip(1).Any(term => ReadsTarget(term, target) || IsRescaled(term, target));
    }
}
