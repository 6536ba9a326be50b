// Compiled into both LayerGen.Generator and LayerGen.Analyzers.
namespace LayerGen.Differentiation.Ir;

/// <summary>
/// C#'s value of an <see cref="IntOperator"/> on two ints, as the generated code computes it (unchecked wrap-around,
/// truncating division, shift counts masked to their low five bits): the one evaluator the tape sizing and the emitter's
/// constant folding share, so a compile-time value is always the run-time one.
/// </summary>
internal static class IntArithmetic
{
    /// <summary>The value of <c>left op right</c>; null where C# throws (a division or remainder by zero, <c>int.MinValue / -1</c>).</summary>
    public static int? Apply(IntOperator op, int left, int right)
    {
        if (op is IntOperator.Divide or IntOperator.Remainder && (right == 0 || (left == int.MinValue && right == -1)))
        {
            return null;
        }

        return op switch
        {
            IntOperator.Add => unchecked(left + right),
            IntOperator.Subtract => unchecked(left - right),
            IntOperator.Multiply => unchecked(left * right),
            IntOperator.Divide => left / right,
            IntOperator.Remainder => left % right,
            IntOperator.ShiftLeft => left << right,
            IntOperator.ShiftRight => left >> right,
            IntOperator.UnsignedShiftRight => (int)((uint)left >> right),
            IntOperator.And => left & right,
            IntOperator.Or => left | right,
            _ => left ^ right,
        };
    }
}
