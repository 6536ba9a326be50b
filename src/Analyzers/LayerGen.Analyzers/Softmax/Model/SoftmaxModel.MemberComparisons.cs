using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A fold over values of a user numeric type compared through the member they wrap, <c>if (x[i].Value &gt; best.Value)
/// best = x[i];</c>, is the fold <c>if (x[i] &gt; best) best = x[i];</c>: the two sides read the same field or property
/// of the candidate and of the accumulator, so the comparison orders the values by that member and the kept value is
/// the candidate itself. The helper form <c>static Score Max(Score a, Score b) =&gt; a.Value &gt;= b.Value ? a : b</c> is
/// read alike from its syntax (SystemMathForwarders.Extremums.cs). Without this a row max held in a user struct
/// (HeldOut94's <c>UserStruct_BatchPartition</c>) was no max, and its shifted exps looked like a whole-buffer softmax.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// For <c>v.M</c> compared with <c>m.M</c> (either order) where <paramref name="target"/> is <c>m</c>: the candidate
    /// <c>v</c> and whether it is the left operand; null unless both sides read the same non-indexer member.
    /// </summary>
    private (IOperation Value, bool ValueIsLeft)? ComparedByMember(IOperation left, IOperation right, ISymbol target)
    {
        if (WrappedMemberRead(left) is not var (leftMember, leftInstance) || WrappedMemberRead(right) is not var (rightMember, rightInstance)
            || !SymbolEqualityComparer.Default.Equals(leftMember, rightMember))
        {
            return null;
        }

        if (ReadsTarget(rightInstance, target) && !ReadsTarget(leftInstance, target))
        {
            return (leftInstance, true);
        }

        return ReadsTarget(leftInstance, target) && !ReadsTarget(rightInstance, target) ? (rightInstance, false) : null;
    }

    /// <summary>The numeric field or property (not an indexer) <paramref name="operation"/> reads and the instance it reads it of.</summary>
    private static (ISymbol Member, IOperation Instance)? WrappedMemberRead(IOperation operation) =>
        Unwrap(operation) switch
        {
            IFieldReferenceOperation { Field: var field, Instance: { } instance } when WellKnownSymbols.IsNumeric(field.Type) => (field, instance),
            IPropertyReferenceOperation { Property: { IsIndexer: false } property, Instance: { } instance } when WellKnownSymbols.IsNumeric(property.Type) => (property, instance),
            _ => null,
        };
}
