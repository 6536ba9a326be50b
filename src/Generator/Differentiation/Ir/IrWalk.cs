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

        if (node is MathCall call)
        {
            foreach (RealExpr argument in call.Arguments)
            {
                if (Any(argument, predicate))
                {
                    return true;
                }
            }

            return false;
        }

        (object? first, object? second, object? third) = Children(node);
        return first is not null && Any(first, predicate)
            || second is not null && Any(second, predicate)
            || third is not null && Any(third, predicate);
    }

    /// <summary>
    /// The nodes directly below <paramref name="node"/> (at most three; a call's arguments are walked by
    /// <see cref="Any"/>): one line per node kind, so that a new kind is one line here.
    /// </summary>
    private static (object? First, object? Second, object? Third) Children(object node) => node switch
    {
        IntBinary binary => (binary.Left, binary.Right, null),
        IntNegate negate => (negate.Operand, null, null),
        IntChoose choose => (choose.Condition, choose.WhenTrue, choose.WhenFalse),
        IntTableRead table => (table.Index, null, null),
        IntFromReal convert => (convert.Value, null, null),
        ElementRead element => (element.Index, null, null),
        IntToReal convert => (convert.Value, null, null),
        RealTableRead table => (table.Index, null, null),
        RealNegate negate => (negate.Operand, null, null),
        RealConvert convert => (convert.Operand, null, null),
        RealBinary binary => (binary.Left, binary.Right, null),
        RealChoose choose => (choose.Condition, choose.WhenTrue, choose.WhenFalse),
        IntCompare compare => (compare.Left, compare.Right, null),
        RealCompare compare => (compare.Left, compare.Right, null),
        Logical logical => (logical.Left, logical.Right, null),
        Not not => (not.Operand, null, null),
        _ => (null, null, null), // constants, locals, lengths, static reads: no nodes below
    };

    /// <summary>True when <paramref name="node"/> reads the integer variable <paramref name="id"/> (a loop variable or an integer local, reassigned or not).</summary>
    public static bool ReadsVariable(object node, int id) =>
        Any(node, n => n is IntVariable variable && variable.Id == id || n is IntMutable mutable && mutable.Id == id);
}
