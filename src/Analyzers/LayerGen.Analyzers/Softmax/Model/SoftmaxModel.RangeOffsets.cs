using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Locals <c>Range.GetOffsetAndLength</c> names: <c>var (offset, length) = rowRange.GetOffsetAndLength(x.Length)</c>
/// with <c>Range rowRange = (r * n)..((r + 1) * n)</c> (or the range written in place) gives offset = <c>r * n</c> and
/// length = <c>(r + 1) * n - r * n</c>, so a walk <c>for (k = offset; k &lt; offset + length; k++)</c> is row r, as the
/// walk written with the range's bounds is (HeldOut95's miss <c>RangesIndices_PrefixPeak</c>). A bound counted from
/// the end (<c>^k</c>) depends on the length passed and is not resolved.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The position <paramref name="local"/> stands for when its only write deconstructs <c>GetOffsetAndLength</c> of a
    /// resolved range with bounds from the start (<see cref="ResolvedRange"/>); null for any other local.
    /// </summary>
    private LinearIndex? RangeOffsetOrLength(ILocalSymbol local)
    {
        if (!_writesCollected || WritesOf(local) is not { Count: 1 } writes
            || writes[0].Operation is not IDeconstructionAssignmentOperation deconstruction
            || Unwrap(deconstruction.Value) is not IInvocationOperation { TargetMethod.Name: "GetOffsetAndLength", Instance: { } holder }
            || !IsSystemType(holder.Type, "Range") || ResolvedRange(holder) is not { } range
            || DeconstructedPosition(local, deconstruction.Target) is not (var position, 2))
        {
            return null;
        }

        // An absent start is 0; an absent end or one counted from the end is the length passed: not a position here.
        if (range.RightOperand is not { } end || IsFromEnd(end) || range.LeftOperand is { } written && IsFromEnd(written))
        {
            return null;
        }

        var start = range.LeftOperand is { } left ? Linear(Unwrap(left)!) : LinearIndex.Factor("0");
        if (position == 0)
        {
            // The tuple is (Offset, Length).
            return start;
        }

        // (r * n)..((r + 1) * n) moves both bounds with r alike: its length is loop-free (n), not a position of r.
        var stop = Linear(Unwrap(end)!);
        return SamePosition(start, stop) ? LinearIndex.LoopFreeSum() : stop.Add(Negate(start));
    }
}
