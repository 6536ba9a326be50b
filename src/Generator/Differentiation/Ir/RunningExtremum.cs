// Compiled into both LayerGen.Generator and LayerGen.Analyzers.
using System.Linq;

namespace LayerGen.Differentiation.Ir;

/// <summary>
/// A loop that is a running maximum or minimum, <c>for (…) { if (v &gt; m) m = v; }</c> (also <c>&gt;=</c>, <c>&lt;</c>,
/// <c>&lt;=</c> and the mirrored <c>m &lt; v</c>), where <c>v</c> is the same expression in the condition and the
/// assignment and does not read <c>m</c>. Only the last iteration that took the branch decides <c>m</c>, so the
/// reverse sweep needs one taped index (that iteration's loop variable, -1 when none did) instead of a branch flag
/// and an old value per iteration, and its reverse is O(1): the adjoint of <c>m</c> goes to <c>v</c> at that
/// iteration. Ties go where the forward's comparison sent them (<c>&gt;</c> keeps the first maximum, <c>&gt;=</c>
/// the last).
/// </summary>
/// <param name="Loop">The loop.</param>
/// <param name="Assignment">The body's <c>m = v</c>.</param>
internal sealed record RunningExtremum(ForLoop Loop, AssignLocal Assignment)
{
    /// <summary>The loop as a running extremum, or null when its body has any other shape.</summary>
    public static RunningExtremum? Match(ForLoop loop)
    {
        if (loop.Body.Length != 1
            || loop.Body[0] is not IfStatement { WhenFalse.Length: 0, WhenTrue.Length: 1 } branch
            || branch.WhenTrue[0] is not AssignLocal { IsDeclaration: false } assign
            || branch.Condition is not RealCompare compare
            || compare.Operator is CompareOperator.Equal or CompareOperator.NotEqual)
        {
            return null;
        }

        var target = new RealLocal(assign.Value.Type, assign.Local);
        bool valueLeft = compare.Left.Equals(assign.Value) && compare.Right.Equals(target);
        bool valueRight = compare.Right.Equals(assign.Value) && compare.Left.Equals(target);
        return (valueLeft || valueRight) && !Reads(assign.Value, assign.Local) ? new RunningExtremum(loop, assign) : null;
    }

    private static bool Reads(RealExpr expression, int local) => expression switch
    {
        RealLocal read => read.Id == local,
        RealNegate negate => Reads(negate.Operand, local),
        RealConvert convert => Reads(convert.Operand, local),
        RealBinary binary => Reads(binary.Left, local) || Reads(binary.Right, local),
        MathCall call => call.Arguments.Any(a => Reads(a, local)),
        RealChoose => true, // conditions are not searched: not matched
        _ => false,
    };
}
