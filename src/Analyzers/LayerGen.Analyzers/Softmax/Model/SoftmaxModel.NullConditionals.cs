using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Null-conditional member access (<c>norm?.Sum += v</c>, C# 14 assignment; <c>float z = norm?.Sum ?? 1f</c>): the member
/// is the member of the holder when there is one, and the statement does nothing otherwise. So the member's instance is
/// the holder (<c>norm</c>, for resets and the variables a sum is folded through), and a read <c>norm?.Sum</c>, or
/// <c>norm?.Sum ?? c</c> with a constant fallback for the missing holder, is the fold kept in the member.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>The holder an implicit <c>?.</c> receiver stands for (<c>norm</c> of <c>norm?.Sum</c>); any other operation itself.</summary>
    private static IOperation? ConditionalReceiver(IOperation? instance)
    {
        if (instance is not IConditionalAccessInstanceOperation)
        {
            return instance;
        }

        return AccessOf(instance) is { } access ? Unwrap(access.Operation) : instance;
    }

    /// <summary>The conditional access an implicit <c>?.</c> receiver belongs to: the nearest one whose WhenNotNull holds it (<c>a?.b?.c</c>'s inner one reads <c>a?.b</c>).</summary>
    private static IConditionalAccessOperation? AccessOf(IOperation instance)
    {
        var child = instance;
        for (var parent = instance.Parent; parent is not null; child = parent, parent = parent.Parent)
        {
            if (parent is IConditionalAccessOperation access && access.WhenNotNull == child)
            {
                return access;
            }
        }

        return null;
    }

    /// <summary>
    /// For each reset <c>h?.M = c</c>: the evaluation of <c>h</c> that decides it, as a reset too. The control flow graph
    /// skips the write when <c>h</c> is null, but then there is no member to carry a value (its folds, <c>h?.M += v</c>,
    /// are skipped as well, and another holder starts from its own value), so the member is reset on every path.
    /// </summary>
    private static List<IOperation> ConditionalHolderResets(List<IOperation> resets)
    {
        var receivers = new List<IOperation>();
        foreach (var reset in resets)
        {
            if (reset is ISimpleAssignmentOperation { Target: var target } && Unwrap(target) is IFieldReferenceOperation or IPropertyReferenceOperation
                && Unwrap(target) is IMemberReferenceOperation { Instance: IConditionalAccessInstanceOperation instance }
                && AccessOf(instance) is { } access)
            {
                receivers.Add(access.Operation);
            }
        }

        return receivers;
    }

    /// <summary><c>norm?.Sum</c>, <c>norm?.Sum ?? 1f</c>: the member read when the holder exists; null for anything else.</summary>
    private static IOperation? ConditionalMemberRead(IOperation reference) => reference switch
    {
        IConditionalAccessOperation access => access.WhenNotNull,
        ICoalesceOperation { Value: IConditionalAccessOperation access, WhenNull.ConstantValue.HasValue: true } => access.WhenNotNull,
        _ => null,
    };
}
