// Compiled into both LayerGen.Generator and LayerGen.Analyzers.
using System.Collections.Generic;
using System.Linq;

namespace LayerGen.Differentiation.Ir;

/// <summary>
/// A loop whose reverse can run on <c>Vector256</c> lanes, one iteration per lane: <c>for (int i = start; i &lt; bound;
/// i++)</c> whose body only assigns span elements at <c>[i]</c> and running sums <c>s += e</c>, reads spans only at
/// <c>[i]</c> and otherwise only locals the loop does not assign, with +, -, *, / and exp/sqrt. Iterations then touch
/// disjoint elements; a running sum's adjoint is the same in every iteration (its reverse reads no value), and the
/// adjoints of the locals read are sums over iterations (summed per lane, then across lanes: a different summation
/// order than the scalar sweep). At most one value per iteration is taped (an element, restored in place), so the
/// tape slice of the loop is indexed by <c>i</c>. Anything else keeps the scalar reverse (<see cref="Analyze"/> is null).
/// </summary>
/// <param name="Loop">The loop.</param>
/// <param name="Sums">Locals the body accumulates into (<c>s = s + e</c>, <c>s = e + s</c>, <c>s = s - e</c>).</param>
/// <param name="ReadLocals">Locals the body reads but never assigns: their adjoints are summed per lane.</param>
/// <param name="Arrays">Every span the body reads or writes (the vector loop runs only if each holds the range).</param>
/// <param name="Taped">The body's statements that tape the overwritten element (zero or one).</param>
internal sealed record VectorLoop(ForLoop Loop, IReadOnlyList<int> Sums, IReadOnlyList<int> ReadLocals, IReadOnlyList<ArrayRef> Arrays, IReadOnlyList<AssignElement> Taped)
{
    /// <summary>The loop's vector plan, or null when it must stay scalar.</summary>
    /// <param name="loop">The loop.</param>
    /// <param name="records">Whether an assignment of the body (at the loop's depth + 1) tapes its old value.</param>
    public static VectorLoop? Analyze(ForLoop loop, System.Func<Statement, bool> records)
    {
        if (loop.Step != 1 || loop.Operator != CompareOperator.Less || IrWalk.ReadsVariable(loop.Bound, loop.Variable) || IrWalk.ReadsVariable(loop.Start, loop.Variable))
        {
            return null;
        }

        var index = new IntVariable(loop.Variable);
        var sums = new List<int>();
        var assignedLocals = new HashSet<int>();
        var arrays = new List<ArrayRef>();
        var taped = new List<AssignElement>();
        foreach (Statement statement in loop.Body)
        {
            switch (statement)
            {
                case AssignElement assign when assign.Index.Equals(index):
                    if (records(assign))
                    {
                        taped.Add(assign);
                    }

                    AddOnce(arrays, assign.Array);
                    break;
                case AssignLocal { IsDeclaration: false } assign when !records(assign) && SummedTerm(assign) is not null:
                    sums.Add(assign.Local);
                    assignedLocals.Add(assign.Local);
                    break;
                default:
                    return null;
            }
        }

        var readLocals = new List<int>();
        foreach (Statement statement in loop.Body)
        {
            RealExpr value = statement is AssignElement element ? element.Value : SummedTerm((AssignLocal)statement)!;
            if (!Supported(value, index, assignedLocals, readLocals, arrays))
            {
                return null;
            }
        }

        return taped.Count <= 1 ? new VectorLoop(loop, sums.Distinct().ToList(), readLocals, arrays, taped) : null;
    }

    /// <summary>
    /// Whether <paramref name="value"/> can be computed on lanes, one iteration of <paramref name="loop"/> per lane (the
    /// loop counts up by one to a bound it does not change; the value reads spans only at the loop variable, locals, and
    /// the operations of a vector loop). Collects the locals and spans it reads.
    /// </summary>
    public static bool IsLaneValue(ForLoop loop, RealExpr value, List<int> readLocals, List<ArrayRef> arrays) =>
        loop.Step == 1 && loop.Operator == CompareOperator.Less && !IrWalk.ReadsVariable(loop.Bound, loop.Variable) && !IrWalk.ReadsVariable(loop.Start, loop.Variable)
        && Supported(value, new IntVariable(loop.Variable), new HashSet<int>(), readLocals, arrays);

    /// <summary>For <c>s = s + e</c> or <c>s = e + s</c>, e; for <c>s = s - e</c>, <c>-e</c>; otherwise null.</summary>
    public static RealExpr? SummedTerm(AssignLocal assign)
    {
        if (assign.Value is not RealBinary { Operator: RealOperator.Add or RealOperator.Subtract } binary)
        {
            return null;
        }

        bool leftIsSelf = binary.Left is RealLocal left && left.Id == assign.Local;
        bool rightIsSelf = binary.Right is RealLocal right && right.Id == assign.Local;
        return binary.Operator switch
        {
            RealOperator.Add when leftIsSelf && !rightIsSelf => binary.Right,
            RealOperator.Add when rightIsSelf && !leftIsSelf => binary.Left,
            RealOperator.Subtract when leftIsSelf && !rightIsSelf => new RealNegate(binary.Type, binary.Right),
            _ => null,
        };
    }

    private static bool Supported(RealExpr expression, IntVariable index, HashSet<int> assignedLocals, List<int> readLocals, List<ArrayRef> arrays)
    {
        switch (expression)
        {
            case RealConstant:
                return true;
            case RealLocal local:
                if (assignedLocals.Contains(local.Id))
                {
                    return false; // a running sum read as a value, or a local the loop changes
                }

                if (!readLocals.Contains(local.Id))
                {
                    readLocals.Add(local.Id);
                }

                return true;
            case ElementRead read when read.Index.Equals(index):
                AddOnce(arrays, read.Array);
                return true;
            case RealNegate negate:
                return Supported(negate.Operand, index, assignedLocals, readLocals, arrays);
            case RealBinary binary:
                return Supported(binary.Left, index, assignedLocals, readLocals, arrays) && Supported(binary.Right, index, assignedLocals, readLocals, arrays);
            case MathCall { Function: MathFunction.Exp or MathFunction.Sqrt } call:
                return Supported(call.Arguments[0], index, assignedLocals, readLocals, arrays);
            default:
                return false; // other functions, conversions, ternaries, integer values, other indices
        }
    }

    private static void AddOnce(List<ArrayRef> arrays, ArrayRef array)
    {
        if (!arrays.Contains(array))
        {
            arrays.Add(array);
        }
    }
}
