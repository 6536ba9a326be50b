// Compiled into both LayerGen.Generator and LayerGen.Analyzers.
using System.Collections.Generic;

namespace LayerGen.Differentiation.Ir;

/// <summary>
/// Which statements record on the tape, decided here for both the tape sizing and the emitter (they must agree).
/// <list type="bullet">
/// <item>An assignment records the value it overwrites only when the reverse sweep can read it again: it is reversed
/// in the state before the assignment and then reverses only statements that ran earlier, i.e. the top-level statements
/// up to and including the one containing the assignment. If none of those reads the local or span, nothing is
/// recorded (y written once and never read back: no tape).</item>
/// <item>A declaration outside every loop records nothing: no earlier value exists.</item>
/// <item>An <c>if</c> whose condition reads real values records which branch ran; one over integers only is
/// re-evaluated in the reverse sweep.</item>
/// </list>
/// </summary>
internal sealed class TapePolicy
{
    private readonly List<HashSet<int>> _localsReadUpTo = [];
    private readonly List<HashSet<ArrayRef>> _arraysReadUpTo = [];

    public TapePolicy(ForwardRowModel model)
    {
        var locals = new HashSet<int>();
        var arrays = new HashSet<ArrayRef>();
        foreach (Statement statement in model.Body)
        {
            Reads(statement, locals, arrays);
            _localsReadUpTo.Add([.. locals]);
            _arraysReadUpTo.Add([.. arrays]);
        }
    }

    /// <param name="statement">An assignment.</param>
    /// <param name="loopDepth">Loops around it.</param>
    /// <param name="topLevelIndex">Index in the body of the top-level statement that contains it (or is it).</param>
    public bool RecordsOverwrittenValue(Statement statement, int loopDepth, int topLevelIndex) => statement switch
    {
        AssignLocal local => !(local.IsDeclaration && loopDepth == 0) && _localsReadUpTo[topLevelIndex].Contains(local.Local),
        AssignElement element => _arraysReadUpTo[topLevelIndex].Contains(element.Array),
        _ => false,
    };

    public static bool RecordsBranch(IfStatement statement) => !IsIntegerOnly(statement.Condition);

    /// <summary>True when <paramref name="condition"/> compares only integers (or is constant).</summary>
    public static bool IsIntegerOnly(Condition condition) => condition switch
    {
        IntCompare or BoolConstant => true,
        Logical logical => IsIntegerOnly(logical.Left) && IsIntegerOnly(logical.Right),
        Not not => IsIntegerOnly(not.Operand),
        _ => false,
    };

    private static void Reads(Statement statement, HashSet<int> locals, HashSet<ArrayRef> arrays)
    {
        switch (statement)
        {
            case AssignLocal assign:
                Reads(assign.Value, locals, arrays);
                break;
            case AssignElement assign:
                Reads(assign.Value, locals, arrays);
                break;
            case ForLoop loop:
                foreach (Statement inner in loop.Body)
                {
                    Reads(inner, locals, arrays);
                }

                break;
            case IfStatement branch:
                Reads(branch.Condition, locals, arrays);
                foreach (Statement inner in branch.WhenTrue)
                {
                    Reads(inner, locals, arrays);
                }

                foreach (Statement inner in branch.WhenFalse)
                {
                    Reads(inner, locals, arrays);
                }

                break;
        }
    }

    private static void Reads(Condition condition, HashSet<int> locals, HashSet<ArrayRef> arrays)
    {
        switch (condition)
        {
            case RealCompare compare:
                Reads(compare.Left, locals, arrays);
                Reads(compare.Right, locals, arrays);
                break;
            case Logical logical:
                Reads(logical.Left, locals, arrays);
                Reads(logical.Right, locals, arrays);
                break;
            case Not not:
                Reads(not.Operand, locals, arrays);
                break;
        }
    }

    private static void Reads(RealExpr expression, HashSet<int> locals, HashSet<ArrayRef> arrays)
    {
        switch (expression)
        {
            case RealLocal local:
                locals.Add(local.Id);
                break;
            case ElementRead read:
                arrays.Add(read.Array);
                break;
            case RealNegate negate:
                Reads(negate.Operand, locals, arrays);
                break;
            case RealConvert convert:
                Reads(convert.Operand, locals, arrays);
                break;
            case RealBinary binary:
                Reads(binary.Left, locals, arrays);
                Reads(binary.Right, locals, arrays);
                break;
            case MathCall call:
                foreach (RealExpr argument in call.Arguments)
                {
                    Reads(argument, locals, arrays);
                }

                break;
            case RealChoose choose:
                Reads(choose.Condition, locals, arrays);
                Reads(choose.WhenTrue, locals, arrays);
                Reads(choose.WhenFalse, locals, arrays);
                break;
        }
    }
}
