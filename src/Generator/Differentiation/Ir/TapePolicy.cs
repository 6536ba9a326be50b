// Compiled into both LayerGen.Generator and LayerGen.Analyzers.
using System.Collections.Generic;

namespace LayerGen.Differentiation.Ir;

/// <summary>
/// Which statements record on the tape, decided here for both the tape sizing and the emitter (they must agree).
/// <list type="bullet">
/// <item>An assignment records the value it overwrites only when the reverse sweep reads that local or span again
/// after restoring it: the restore happens when the assignment is reversed, and what is reversed after it are the
/// statements that ran earlier, all within the top-level statements up to and including the one containing the
/// assignment. So the value is recorded only when one of those statements' reverse reads it (<see cref="ReverseReads"/>:
/// a product reads its factors, a quotient its divisor, exp its own result; a sum reads nothing). A running sum
/// <c>sum += e</c> and y written once are not recorded.</item>
/// <item>A declaration outside every loop records nothing: no earlier value exists.</item>
/// <item>An element written once per iteration: <c>a[i] = …</c> directly in the body of a top-level loop over <c>i</c>, when every access to
/// <c>a</c> in that loop is <c>a[i]</c>, no statement before it in the body touches <c>a</c> and no earlier top-level
/// statement's reverse reads <c>a</c>, and its own reverse reads no operand <c>a[i]</c> (<c>y[i] /= sum</c> reads its
/// result and <c>sum</c> only). Then nothing reversed after it reads the old <c>a[i]</c>: nothing is recorded.</item>
/// <item>An <c>if</c> whose condition reads real values or a reassigned integer local records which branch ran; one
/// over other integers only is re-evaluated in the reverse sweep.</item>
/// <item>An assignment of a reassigned integer local: see <see cref="IntegerState"/>.</item>
/// <item>A <see cref="RunningExtremum"/> loop records one index (and the extremum's old value when the rule above asks).</item>
/// </list>
/// </summary>
internal sealed class TapePolicy
{
    private readonly List<HashSet<int>> _localsReadUpTo = [];
    private readonly List<HashSet<ArrayRef>> _arraysReadUpTo = [];
    private readonly HashSet<Statement> _firstWrites = new(StatementReferenceComparer.Instance);

    public TapePolicy(ForwardRowModel model)
    {
        var locals = new HashSet<int>();
        var arrays = new HashSet<ArrayRef>();
        foreach (Statement statement in model.Body)
        {
            if (statement is ForLoop loop)
            {
                FindFirstWrites(loop, arrays);
            }

            if (statement is AssignLocal or AssignElement)
            {
                // A top-level assignment reads its own result before it restores the old value: only the operands
                // it reads after count for its own record.
                var ownLocals = new HashSet<int>(locals);
                var ownArrays = new HashSet<ArrayRef>(arrays);
                ValueReads(RightHandSide(statement), valueNeeded: false, isRoot: true, ownLocals, ownArrays);
                _localsReadUpTo.Add(ownLocals);
                _arraysReadUpTo.Add(ownArrays);
                ReverseReads(statement, locals, arrays);
                continue;
            }

            ReverseReads(statement, locals, arrays);
            _localsReadUpTo.Add([.. locals]);
            _arraysReadUpTo.Add([.. arrays]);
        }
    }

    private static RealExpr RightHandSide(Statement assignment) =>
        assignment is AssignLocal local ? local.Value : ((AssignElement)assignment).Value;

    /// <param name="statement">An assignment.</param>
    /// <param name="loopDepth">Loops around it.</param>
    /// <param name="topLevelIndex">Index in the body of the top-level statement that contains it (or is it).</param>
    public bool RecordsOverwrittenValue(Statement statement, int loopDepth, int topLevelIndex) => statement switch
    {
        AssignLocal local => !(local.IsDeclaration && loopDepth == 0) && _localsReadUpTo[topLevelIndex].Contains(local.Local),
        AssignElement element => !_firstWrites.Contains(element) && _arraysReadUpTo[topLevelIndex].Contains(element.Array),
        IntAssign integer => IntegerState.Records(integer, loopDepth),
        _ => false,
    };

    public static bool RecordsBranch(IfStatement statement) => !IsIntegerOnly(statement.Condition) || IntegerState.ReadsMutable(statement.Condition);

    /// <summary>True when <paramref name="condition"/> compares only integers (or is constant).</summary>
    public static bool IsIntegerOnly(Condition condition) => condition switch
    {
        IntCompare or BoolConstant => true,
        Logical logical => IsIntegerOnly(logical.Left) && IsIntegerOnly(logical.Right),
        Not not => IsIntegerOnly(not.Operand),
        _ => false,
    };

    /// <summary>True for nodes whose own value (not only their operands') appears in a derivative.</summary>
    public static bool NeedsOwnValue(RealExpr node) => node switch
    {
        MathCall { Function: MathFunction.Exp or MathFunction.Sqrt or MathFunction.Tanh or MathFunction.Pow } => true,
        RealBinary { Operator: RealOperator.Divide } => true,
        _ => false,
    };

    // arraysReadBefore: what the reverse of the earlier top-level statements reads.
    private void FindFirstWrites(ForLoop loop, HashSet<ArrayRef> arraysReadBefore)
    {
        var index = new IntVariable(loop.Variable);
        var touched = new HashSet<ArrayRef>();
        var accesses = new List<(ArrayRef Array, IntExpr Index)>();
        foreach (Statement statement in loop.Body)
        {
            Accesses(statement, accesses);
        }

        foreach (Statement statement in loop.Body)
        {
            if (statement is AssignElement assign && !touched.Contains(assign.Array) && !arraysReadBefore.Contains(assign.Array)
                && accesses.TrueForAll(a => !a.Array.Equals(assign.Array) || a.Index.Equals(index)))
            {
                // Its own reverse runs after the restore too (the own result it reads is taken before): it must not
                // read the old a[i] either.
                var ownLocals = new HashSet<int>();
                var ownArrays = new HashSet<ArrayRef>();
                ValueReads(assign.Value, valueNeeded: false, isRoot: true, ownLocals, ownArrays);
                if (!ownArrays.Contains(assign.Array))
                {
                    _firstWrites.Add(assign);
                }
            }

            var mine = new List<(ArrayRef Array, IntExpr Index)>();
            Accesses(statement, mine);
            foreach ((ArrayRef array, _) in mine)
            {
                touched.Add(array);
            }
        }
    }

    /// <summary>Every span element the statement reads or writes in the forward pass.</summary>
    private static void Accesses(Statement statement, List<(ArrayRef Array, IntExpr Index)> accesses)
    {
        switch (statement)
        {
            case AssignLocal assign:
                Accesses(assign.Value, accesses);
                break;
            case AssignElement assign:
                accesses.Add((assign.Array, assign.Index));
                Accesses(assign.Value, accesses);
                break;
            case ForLoop loop:
                foreach (Statement inner in loop.Body)
                {
                    Accesses(inner, accesses);
                }

                break;
            case IfStatement branch:
                var locals = new HashSet<int>();
                var arrays = new HashSet<ArrayRef>();
                Reads(branch.Condition, locals, arrays);
                foreach (ArrayRef array in arrays)
                {
                    accesses.Add((array, new IntConstant(int.MinValue))); // index unknown: never the loop variable
                }

                foreach (Statement inner in branch.WhenTrue)
                {
                    Accesses(inner, accesses);
                }

                foreach (Statement inner in branch.WhenFalse)
                {
                    Accesses(inner, accesses);
                }

                break;
        }
    }

    private static void Accesses(RealExpr expression, List<(ArrayRef Array, IntExpr Index)> accesses)
    {
        switch (expression)
        {
            case ElementRead read:
                accesses.Add((read.Array, read.Index));
                break;
            case RealChoose choose:
                var locals = new HashSet<int>();
                var arrays = new HashSet<ArrayRef>();
                Reads(choose.Condition, locals, arrays);
                foreach (ArrayRef array in arrays)
                {
                    accesses.Add((array, new IntConstant(int.MinValue)));
                }

                break;
        }

        foreach (RealExpr operand in RealOperands.Of(expression))
        {
            Accesses(operand, accesses);
        }
    }

    /// <summary>
    /// The locals and spans whose values the reverse of <paramref name="statement"/> reads (what the emitter's
    /// adjoint code prints): an assignment's own result where exp, sqrt, tanh, pow or a quotient is the whole value,
    /// the operands of products, quotients' divisors, arguments of log/sin/cos/abs/pow/max/min and everything under a
    /// node whose value is recomputed or under a ternary.
    /// </summary>
    private static void ReverseReads(Statement statement, HashSet<int> locals, HashSet<ArrayRef> arrays)
    {
        switch (statement)
        {
            case AssignLocal assign:
                if (NeedsOwnValue(assign.Value))
                {
                    locals.Add(assign.Local);
                }

                ValueReads(assign.Value, valueNeeded: false, isRoot: true, locals, arrays);
                break;
            case AssignElement assign:
                if (NeedsOwnValue(assign.Value))
                {
                    arrays.Add(assign.Array);
                }

                ValueReads(assign.Value, valueNeeded: false, isRoot: true, locals, arrays);
                break;
            case ForLoop loop when RunningExtremum.Match(loop) is { } extremum:
                ValueReads(extremum.Assignment.Value, valueNeeded: false, isRoot: false, locals, arrays);
                break;
            case ForLoop loop:
                foreach (Statement inner in loop.Body)
                {
                    ReverseReads(inner, locals, arrays);
                }

                break;
            case IfStatement branch:
                // A data-dependent condition is taped, an integer one re-evaluated: neither reads reals.
                foreach (Statement inner in branch.WhenTrue)
                {
                    ReverseReads(inner, locals, arrays);
                }

                foreach (Statement inner in branch.WhenFalse)
                {
                    ReverseReads(inner, locals, arrays);
                }

                break;
        }
    }

    // valueNeeded: the derivative code prints this node's value (so every leaf under it is read).
    // isRoot: the whole right-hand side, whose own value the reverse takes from the assignment's target.
    private static void ValueReads(RealExpr expression, bool valueNeeded, bool isRoot, HashSet<int> locals, HashSet<ArrayRef> arrays)
    {
        switch (expression)
        {
            case RealLocal local when valueNeeded:
                locals.Add(local.Id);
                break;
            case ElementRead read when valueNeeded:
                arrays.Add(read.Array);
                break;
            case RealNegate negate:
                ValueReads(negate.Operand, valueNeeded, false, locals, arrays);
                break;
            case RealConvert convert:
                ValueReads(convert.Operand, valueNeeded, false, locals, arrays);
                break;
            case RealBinary { Operator: RealOperator.Add or RealOperator.Subtract } binary:
                ValueReads(binary.Left, valueNeeded, false, locals, arrays);
                ValueReads(binary.Right, valueNeeded, false, locals, arrays);
                break;
            case RealBinary { Operator: RealOperator.Multiply } binary:
                ValueReads(binary.Left, true, false, locals, arrays);
                ValueReads(binary.Right, true, false, locals, arrays);
                break;
            case RealBinary binary:
                // q = a / b: 1 / b and -q / b; q itself is the target at the root, else recomputed from a and b.
                ValueReads(binary.Left, valueNeeded || !isRoot, false, locals, arrays);
                ValueReads(binary.Right, true, false, locals, arrays);
                break;
            case MathCall { Function: MathFunction.Exp or MathFunction.Sqrt or MathFunction.Tanh } call:
                ValueReads(call.Arguments[0], valueNeeded || !isRoot, false, locals, arrays);
                break;
            case MathCall call:
                foreach (RealExpr argument in call.Arguments)
                {
                    ValueReads(argument, true, false, locals, arrays);
                }

                break;
            case RealChoose choose:
                Reads(choose.Condition, locals, arrays);
                ValueReads(choose.WhenTrue, true, false, locals, arrays);
                ValueReads(choose.WhenFalse, true, false, locals, arrays);
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
