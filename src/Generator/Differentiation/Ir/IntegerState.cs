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

    /// <summary>True when <paramref name="condition"/> reads a reassigned integer local.</summary>
    public static bool ReadsMutable(Condition condition) => condition switch
    {
        IntCompare compare => ReadsMutable(compare.Left) || ReadsMutable(compare.Right),
        RealCompare => false, // a real condition is taped anyway
        Logical logical => ReadsMutable(logical.Left) || ReadsMutable(logical.Right),
        Not not => ReadsMutable(not.Operand),
        _ => false,
    };

    /// <summary>True when <paramref name="expression"/> reads a reassigned integer local, chooses by a condition or converts a real.</summary>
    public static bool ReadsMutable(IntExpr expression) => expression switch
    {
        IntMutable => true,
        IntChoose => true,
        IntFromReal => true,
        IntBinary binary => ReadsMutable(binary.Left) || ReadsMutable(binary.Right),
        IntNegate negate => ReadsMutable(negate.Operand),
        IntTableRead table => ReadsMutable(table.Index),
        _ => false,
    };

    /// <summary>True when <paramref name="expression"/> reads the reassigned integer local <paramref name="id"/>.</summary>
    public static bool Reads(IntExpr expression, int id) => expression switch
    {
        IntMutable mutable => mutable.Id == id,
        IntChoose or IntFromReal => true, // conditions and reals are not searched
        IntBinary binary => Reads(binary.Left, id) || Reads(binary.Right, id),
        IntNegate negate => Reads(negate.Operand, id),
        IntTableRead table => Reads(table.Index, id),
        _ => false,
    };

    private static bool HasChoice(IntExpr expression) => expression switch
    {
        IntChoose or IntFromReal => true,
        IntBinary binary => HasChoice(binary.Left) || HasChoice(binary.Right),
        IntNegate negate => HasChoice(negate.Operand),
        IntTableRead table => HasChoice(table.Index),
        _ => false,
    };
}
