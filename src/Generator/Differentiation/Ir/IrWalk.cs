// Compiled into both LayerGen.Generator and LayerGen.Analyzers.
using System;

namespace LayerGen.Differentiation.Ir;

/// <summary>
/// The one walk over the expression nodes of the IR (<see cref="IntExpr"/>, <see cref="RealExpr"/>,
/// <see cref="Condition"/>): the "does it read variable v / a reassigned integer / a choice" questions of the tape
/// sizing, the integer state, the loop checks and the vector loops are each a predicate over it, not a walker of their own
/// that could forget a node kind.
/// </summary>
internal static class IrWalk
{
    /// <summary>True when <paramref name="predicate"/> holds for <paramref name="node"/> or any node below it.</summary>
    public static bool Any(object node, Func<object, bool> predicate)
    {
        if (predicate(node))
        {
            return true;
        }

        switch (node)
        {
            case IntBinary binary:
                return Any(binary.Left, predicate) || Any(binary.Right, predicate);
            case IntNegate negate:
                return Any(negate.Operand, predicate);
            case IntChoose choose:
                return Any(choose.Condition, predicate) || Any(choose.WhenTrue, predicate) || Any(choose.WhenFalse, predicate);
            case IntTableRead table:
                return Any(table.Index, predicate);
            case IntFromReal convert:
                return Any(convert.Value, predicate);
            case ElementRead element:
                return Any(element.Index, predicate);
            case IntToReal convert:
                return Any(convert.Value, predicate);
            case RealTableRead table:
                return Any(table.Index, predicate);
            case RealNegate negate:
                return Any(negate.Operand, predicate);
            case RealConvert convert:
                return Any(convert.Operand, predicate);
            case RealBinary binary:
                return Any(binary.Left, predicate) || Any(binary.Right, predicate);
            case MathCall call:
                foreach (RealExpr argument in call.Arguments)
                {
                    if (Any(argument, predicate))
                    {
                        return true;
                    }
                }

                return false;
            case RealChoose choose:
                return Any(choose.Condition, predicate) || Any(choose.WhenTrue, predicate) || Any(choose.WhenFalse, predicate);
            case IntCompare compare:
                return Any(compare.Left, predicate) || Any(compare.Right, predicate);
            case RealCompare compare:
                return Any(compare.Left, predicate) || Any(compare.Right, predicate);
            case Logical logical:
                return Any(logical.Left, predicate) || Any(logical.Right, predicate);
            case Not not:
                return Any(not.Operand, predicate);
            default:
                return false; // constants, locals, lengths, static reads: no nodes below
        }
    }

    /// <summary>True when <paramref name="node"/> reads the integer variable <paramref name="id"/> (a loop variable or an integer local, reassigned or not).</summary>
    public static bool ReadsVariable(object node, int id) =>
        Any(node, n => n is IntVariable variable && variable.Id == id || n is IntMutable mutable && mutable.Id == id);
}
