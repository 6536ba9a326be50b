// Compiled into both LayerGen.Generator and LayerGen.Analyzers.
namespace LayerGen.Differentiation.Ir;

/// <summary>
/// Which statements record on the tape, decided once here for both the tape sizing and the emitter (they must agree).
/// An assignment records the value it overwrites, unless it declares a local outside every loop (no earlier value
/// exists and nothing before the declaration can read it). An <c>if</c> whose condition reads real values records
/// which branch ran; one over integers only is re-evaluated in the reverse sweep.
/// </summary>
internal static class TapePolicy
{
    public static bool RecordsOverwrittenValue(Statement statement, int loopDepth) => statement switch
    {
        AssignLocal local => !(local.IsDeclaration && loopDepth == 0),
        AssignElement => true,
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
}
