// Compiled into both LayerGen.Generator and LayerGen.Analyzers.
using System.Collections.Generic;
using System.Linq;
using LayerGen.Generator.Model;

namespace LayerGen.Differentiation.Ir;

/// <summary>
/// Reassigned integer locals (<see cref="IntAssign"/>, read through <see cref="IntMutable"/>): a running output index
/// <c>y[k++]</c>, an argmax index <c>if (x[i] &gt; x[best]) best = i;</c>. The reverse sweep reverses each assignment
/// by restoring the value it overwrote, so every reversed statement reads the integers its forward statement read:
/// <list type="bullet">
/// <item>an update <c>k = k ± e</c> (<c>k++</c>, <c>k += s</c>) with <c>e</c> not reading <c>k</c> is inverted,
/// <c>k = k ∓ e</c>: nothing is taped (every other integer holds its value from after the statement, as in the forward
/// pass, so <c>e</c> evaluates the same);</item>
/// <item>any other assignment tapes the old value (an int on the real tape: converted in double, bit cast in float),
/// except a declaration outside every loop (no earlier value exists);</item>
/// <item>an <c>if</c> whose condition reads a reassigned integer records the branch taken (its branches may change
/// what the condition reads).</item>
/// </list>
/// </summary>
internal static class IntegerState
{
    /// <summary>Ids of the integer locals the body assigns with <see cref="IntAssign"/>, ascending.</summary>
    public static IReadOnlyList<int> MutableInts(ForwardRowModel model)
    {
        var ids = new SortedSet<int>();
        Collect(model.Body, ids);
        return ids.ToList();
    }

    /// <summary>Ids of the integer locals <paramref name="statements"/> assign (at any depth).</summary>
    public static void Collect(EquatableArray<Statement> statements, ISet<int> ids)
    {
        foreach (Statement statement in statements)
        {
            switch (statement)
            {
                case IntAssign assign:
                    ids.Add(assign.Id);
                    break;
                case ForLoop loop:
                    Collect(loop.Body, ids);
                    break;
                case IfStatement branch:
                    Collect(branch.WhenTrue, ids);
                    Collect(branch.WhenFalse, ids);
                    break;
            }
        }
    }

    /// <summary>For <c>k = k + e</c>, <c>k = e + k</c> or <c>k = k - e</c>, the value that restores <c>k</c>; otherwise null.</summary>
    public static IntExpr? Inverse(IntAssign assign)
    {
        if (assign.Value is not IntBinary { Operator: IntOperator.Add or IntOperator.Subtract } binary)
        {
            return null;
        }

        var self = new IntMutable(assign.Id);
        bool leftIsSelf = binary.Left.Equals(self), rightIsSelf = binary.Right.Equals(self);
        IntExpr? step = binary.Operator switch
        {
            IntOperator.Add when leftIsSelf && !rightIsSelf => binary.Right,
            IntOperator.Add when rightIsSelf && !leftIsSelf => binary.Left,
            IntOperator.Subtract when leftIsSelf && !rightIsSelf => binary.Right,
            _ => null,
        };
        if (step is null || Reads(step, assign.Id) || HasChoice(step))
        {
            return null;
        }

        return new IntBinary(binary.Operator == IntOperator.Add ? IntOperator.Subtract : IntOperator.Add, self, step);
    }

    /// <summary>True when the assignment pushes the value it overwrites (see the class comment).</summary>
    public static bool Records(IntAssign assign, int loopDepth) => !(assign.IsDeclaration && loopDepth == 0) && Inverse(assign) is null;

    /// <summary>True when <paramref name="condition"/> reads a reassigned integer local (in its integer comparisons; a real condition is taped anyway).</summary>
    public static bool ReadsMutable(Condition condition) => IrWalk.Any(condition, node => node is IntCompare compare && (ReadsMutable(compare.Left) || ReadsMutable(compare.Right)));

    /// <summary>
    /// True when <paramref name="expression"/> reads a reassigned integer local, chooses by a condition on data or
    /// converts a real that reads data. A choice between integers by an integer condition (<c>Math.Max(0, i - 2)</c>) and
    /// a real built from integers alone (<c>(int)Math.Log(d / 4.0)</c>) are index arithmetic, re-evaluated like any other.
    /// </summary>
    public static bool ReadsMutable(IntExpr expression) => IrWalk.Any(expression, node => node is IntMutable || ReadsData(node));

    /// <summary>
    /// True when <paramref name="expression"/> reads no data: constants, integers converted to reals, constant tables and
    /// arithmetic, Math calls, conversions and integer-condition choices of those (index arithmetic computed in reals).
    /// </summary>
    public static bool IsIndexOnly(RealExpr expression) => expression switch
    {
        RealConstant or IntToReal or RealTableRead => true,
        RealNegate negate => IsIndexOnly(negate.Operand),
        RealConvert convert => IsIndexOnly(convert.Operand),
        RealBinary binary => IsIndexOnly(binary.Left) && IsIndexOnly(binary.Right),
        MathCall call => call.Arguments.All(IsIndexOnly),
        RealChoose choose => TapePolicy.IsIntegerOnly(choose.Condition) && IsIndexOnly(choose.WhenTrue) && IsIndexOnly(choose.WhenFalse),
        _ => false,
    };

    /// <summary>True when <paramref name="expression"/> may read the reassigned integer local <paramref name="id"/> (a condition or real that reads data counts as reading it).</summary>
    public static bool Reads(IntExpr expression, int id) =>
        IrWalk.Any(expression, node => node is IntMutable mutable && mutable.Id == id || node is RealCompare || ReadsData(node));

    /// <summary>An integer node whose value depends on data: a choice by a real condition, a conversion of a real that reads data.</summary>
    private static bool ReadsData(object node) =>
        node is IntChoose choose && !TapePolicy.IsIntegerOnly(choose.Condition) || node is IntFromReal convert && !IsIndexOnly(convert.Value);

    private static bool HasChoice(IntExpr expression) => IrWalk.Any(expression, node => node is IntChoose or IntFromReal);
}
