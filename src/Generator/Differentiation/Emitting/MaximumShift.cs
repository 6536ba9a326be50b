using System.Collections.Generic;
using System.Linq;
using LayerGen.Differentiation.Ir;
using LayerGen.Generator.Model;

namespace LayerGen.Differentiation.Emitting;

/// <summary>
/// Finds exp arguments that cannot be positive: <c>a[j] - m</c> where <c>m</c> is the running maximum of the read-only
/// span <c>a</c> over all its elements (the max-shift of a stable softmax or log-sum-exp). Such an exp is at most 1
/// (or NaN, when <c>a</c> holds a NaN or <c>m</c> is +∞), never +∞, so its adjoint <c>g · exp(…)</c> needs no guard
/// against 0 · ∞.
/// </summary>
/// <remarks>
/// <c>m</c> qualifies when its only assignments are plain ones before a top-level <see cref="RunningExtremum"/> loop
/// <c>for (int i = s; i &lt; a.Length; i++) if (a[i] &gt; m) m = a[i];</c> (also <c>&gt;=</c> and the mirrored
/// comparisons) and that loop itself; with <c>s = 1</c> the last assignment before it must be <c>m = a[0]</c>, with
/// <c>s = 0</c> any value will do. Every other read of <c>m</c> is then in a statement after the loop and sees
/// m ≥ a[j] for every j. Anything else (another assignment, a read before the loop, a span the row writes, an
/// unfamiliar statement) keeps the guard.
/// </remarks>
internal sealed class MaximumShift
{
    private readonly Dictionary<int, ArrayRef> _maximumOf = [];
    private HashSet<int> _outputIgnores = [];

    private MaximumShift()
    {
    }

    /// <summary>Finds the row's maximum locals.</summary>
    public static MaximumShift Analyze(ForwardRowModel model)
    {
        var shift = new MaximumShift();
        EquatableArray<Statement> body = model.Body;
        for (int k = 0; k < body.Length; k++)
        {
            if (body[k] is ForLoop loop && MaximumOver(loop) is (int local, ArrayRef array) && Qualifies(body, k, local, array, loop))
            {
                shift._maximumOf[local] = array;
            }
        }

        shift._outputIgnores = ShiftInvariance.InvariantMaxima(model, shift);
        return shift;
    }

    /// <summary>
    /// True when <paramref name="local"/> is a maximum the row's output provably does not depend on
    /// (<see cref="ShiftInvariance"/>): its adjoint is exactly zero and the reverse sweep does not compute it.
    /// </summary>
    public bool AdjointIsZero(int local) => _outputIgnores.Contains(local);

    /// <summary>The local whose maximum <paramref name="loop"/> computes, when it is one of the row's maxima; else null.</summary>
    public int? MaximumLoop(ForLoop loop) =>
        MaximumOver(loop) is (int local, ArrayRef array) && _maximumOf.TryGetValue(local, out ArrayRef? found) && found.Equals(array)
            ? local
            : null;

    /// <summary>True when <paramref name="argument"/> is <c>a[j] - m</c> with <c>m</c> the maximum of <c>a</c>.</summary>
    public bool IsNonPositive(RealExpr argument) =>
        argument is RealBinary { Operator: RealOperator.Subtract, Left: ElementRead read, Right: RealLocal local }
        && _maximumOf.TryGetValue(local.Id, out ArrayRef? array) && array.Equals(read.Array);

    /// <summary>The local and span of a running maximum over the whole of a read-only span, or null.</summary>
    private static (int Local, ArrayRef Array)? MaximumOver(ForLoop loop)
    {
        if (RunningExtremum.Match(loop) is not { } extremum
            || loop.Step != 1 || loop.Operator != CompareOperator.Less
            || loop.Start is not IntConstant { Value: 0 or 1 }
            || extremum.Assignment.Value is not ElementRead { Array.Kind: ArrayKind.Input or ArrayKind.Parameter } read
            || !read.Index.Equals(new IntVariable(loop.Variable))
            || !loop.Bound.Equals(new IntLength(read.Array)))
        {
            return null;
        }

        var condition = (RealCompare)((IfStatement)loop.Body[0]).Condition;
        bool valueLeft = condition.Left.Equals(read);
        bool keepsLarger = valueLeft
            ? condition.Operator is CompareOperator.Greater or CompareOperator.GreaterOrEqual
            : condition.Operator is CompareOperator.Less or CompareOperator.LessOrEqual;
        return keepsLarger ? (extremum.Assignment.Local, read.Array) : null;
    }

    private static bool Qualifies(EquatableArray<Statement> body, int loopIndex, int local, ArrayRef array, ForLoop loop)
    {
        AssignLocal? last = null;
        for (int k = 0; k < body.Length; k++)
        {
            if (k == loopIndex)
            {
                continue;
            }

            Statement statement = body[k];
            if (k < loopIndex)
            {
                if (statement is AssignLocal assign && assign.Local == local)
                {
                    if (Reads(assign.Value, local) is not false)
                    {
                        return false;
                    }

                    last = assign;
                }
                else if (Mentions(statement, local) is not false)
                {
                    return false; // read before the loop, assigned in a nested statement, or not understood
                }
            }
            else if (Assigns(statement, local) is not false)
            {
                return false;
            }
        }

        return loop.Start is IntConstant { Value: 0 }
            || (last is { Value: ElementRead { Index: IntConstant { Value: 0 } } first } && first.Array.Equals(array));
    }

    /// <summary>Whether the statement reads or assigns the local (null: not understood).</summary>
    private static bool? Mentions(Statement statement, int local) =>
        Assigns(statement, local) is not false ? true : ReadsIn(statement, local);

    /// <summary>Whether the statement (or one nested in it) assigns the local (null: not understood).</summary>
    private static bool? Assigns(Statement statement, int local) => statement switch
    {
        AssignLocal assign => assign.Local == local,
        AssignElement or IntLet or IntAssign => false,
        ForLoop loop => Any(loop.Body, s => Assigns(s, local)),
        IfStatement branch => Or(Any(branch.WhenTrue, s => Assigns(s, local)), Any(branch.WhenFalse, s => Assigns(s, local))),
        _ => null,
    };

    /// <summary>Whether the statement (or one nested in it) reads the local (null: not understood).</summary>
    private static bool? ReadsIn(Statement statement, int local) => statement switch
    {
        AssignLocal assign => Reads(assign.Value, local),
        AssignElement element => Or(Reads(element.Index, local), Reads(element.Value, local)),
        IntLet let => Reads(let.Value, local),
        IntAssign assign => Reads(assign.Value, local),
        ForLoop loop => Or(Or(Reads(loop.Start, local), Reads(loop.Bound, local)), Any(loop.Body, s => ReadsIn(s, local))),
        IfStatement branch => Or(Reads(branch.Condition, local), Or(Any(branch.WhenTrue, s => ReadsIn(s, local)), Any(branch.WhenFalse, s => ReadsIn(s, local)))),
        _ => null,
    };

    private static bool? Reads(RealExpr expression, int local) => expression switch
    {
        RealLocal read => read.Id == local,
        RealConstant or RealStaticRead => false,
        IntToReal convert => Reads(convert.Value, local),
        ElementRead element => Reads(element.Index, local),
        RealNegate negate => Reads(negate.Operand, local),
        RealConvert convert => Reads(convert.Operand, local),
        RealBinary binary => Or(Reads(binary.Left, local), Reads(binary.Right, local)),
        MathCall call => call.Arguments.Aggregate((bool?)false, (found, argument) => Or(found, Reads(argument, local))),
        RealChoose choose => Or(Reads(choose.Condition, local), Or(Reads(choose.WhenTrue, local), Reads(choose.WhenFalse, local))),
        RealTableRead table => Reads(table.Index, local),
        _ => null,
    };

    // Integer expressions read real locals only through the conditions of integer ternaries and conversions from reals.
    private static bool? Reads(IntExpr expression, int local) => expression switch
    {
        IntConstant or IntVariable or IntLength or IntMutable => false,
        IntBinary binary => Or(Reads(binary.Left, local), Reads(binary.Right, local)),
        IntNegate negate => Reads(negate.Operand, local),
        IntChoose choose => Or(Reads(choose.Condition, local), Or(Reads(choose.WhenTrue, local), Reads(choose.WhenFalse, local))),
        IntFromReal convert => Reads(convert.Value, local),
        IntTableRead table => Reads(table.Index, local),
        _ => null,
    };

    private static bool? Reads(Condition condition, int local) => condition switch
    {
        RealCompare compare => Or(Reads(compare.Left, local), Reads(compare.Right, local)),
        IntCompare compare => Or(Reads(compare.Left, local), Reads(compare.Right, local)),
        BoolConstant => false,
        Logical logical => Or(Reads(logical.Left, local), Reads(logical.Right, local)),
        Not not => Reads(not.Operand, local),
        _ => null,
    };

    /// <summary>True if any is true, else null if any is not understood, else false.</summary>
    private static bool? Or(bool? a, bool? b) => a == true || b == true ? true : a is null || b is null ? null : false;

    private static bool? Any(EquatableArray<Statement> statements, System.Func<Statement, bool?> test) =>
        statements.Aggregate((bool?)false, (found, statement) => Or(found, test(statement)));
}
