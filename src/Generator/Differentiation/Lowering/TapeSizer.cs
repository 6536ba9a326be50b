// Compiled into both LayerGen.Generator and LayerGen.Analyzers.
using LayerGen.Generator.Model;
using System;
using System.Collections.Generic;
using System.Linq;
using LayerGen.Differentiation.Ir;

namespace LayerGen.Differentiation.Lowering;

/// <summary>
/// Sizes the tape at compile time: runs the forward pass's integer skeleton (loop bounds, integer locals, integer
/// conditions) with the row sizes and counts the values <see cref="TapePolicy"/> records, taking the larger branch of
/// each data-dependent <c>if</c>. Loops have bounds known on entry, so the count is exact up to those branches.
/// </summary>
internal static class TapeSizer
{
    /// <summary>Work limit: loop iterations the sizing may visit (a forward pass this long is not a "row").</summary>
    public const long MaxSteps = 50_000_000;

    /// <summary>Tape elements also must fit an int span with room for the rest of the scratch.</summary>
    public const long MaxTape = 1L << 28;

    /// <summary>
    /// The tape length, or null with <paramref name="failure"/> naming what is too large or undefined and
    /// <paramref name="at"/> the statement it names (null: the forward pass as a whole).
    /// </summary>
    public static int? Measure(ForwardRowModel model, out string? failure, out Statement? at)
    {
        at = null;
        var state = new State(model);
        try
        {
            long count = Count(model.Body, state, loopDepth: 0, topLevelIndex: -1);
            if (count > MaxTape)
            {
                failure = "a forward pass that records " + count + " values (more than " + MaxTape + ")";
                return null;
            }

            failure = null;
            return (int)count;
        }
        catch (SizingException exception)
        {
            failure = exception.Message;
            at = exception.At;
            return null;
        }
    }

    /// <summary>
    /// The value of an integer expression (a buffer length) whose variables are all in <paramref name="constants"/>
    /// (integer locals known at compile time), or null.
    /// </summary>
    public static int? EvaluateConstant(IntExpr expression, Func<ArrayRef, int> lengthOf, IReadOnlyDictionary<int, int>? constants = null)
    {
        try
        {
            return Evaluate(expression, constants ?? new Dictionary<int, int>(), lengthOf);
        }
        catch (SizingException)
        {
            return null;
        }
    }

    private sealed class State(ForwardRowModel model)
    {
        public TapePolicy Policy { get; } = new(model);

        public Dictionary<int, int> Variables { get; } = [];

        /// <summary>Integer locals never reassigned whose value the sizing cannot compute, with the reason.</summary>
        public Dictionary<int, string> Unknown { get; } = [];

        /// <summary>Reassigned integer locals whose value may depend on data (set under a data-dependent condition).</summary>
        public HashSet<int> DataDependent { get; } = [];

        public string NameOf(int id) => model.IntNames[id];

        public long Steps { get; set; }

        public int LengthOf(ArrayRef array) => TapeSizer.LengthOf(model, array);
    }

    /// <summary>The compile-time length of <paramref name="array"/> in <paramref name="model"/>.</summary>
    public static int LengthOf(ForwardRowModel model, ArrayRef array) => array.Kind switch
    {
        ArrayKind.Input => model.Inputs,
        ArrayKind.Output => model.Outputs,
        ArrayKind.Parameter => model.Parameters[array.Index].Length,
        _ => model.Buffers[array.Index].Length,
    };

    /// <summary>"whose bounds read 'n'," or, for a count LayerGen made (a converging while's trips), "whose trip count is".</summary>
    private static string BoundReading(ForLoop loop, string name) =>
        loop.Source.IndexOf(name, StringComparison.Ordinal) >= 0 ? "whose bounds read '" + name + "'," : "whose trip count is";

    private class SizingException(string message, Statement? at = null) : Exception(message)
    {
        /// <summary>The statement the message names (a loop), or null.</summary>
        public Statement? At { get; } = at;
    }

    /// <summary>A value the sizing does not compute (an index through Math.Log): unknown, not wrong.</summary>
    private sealed class NotEvaluatedException(string message) : SizingException(message);

    // topLevelIndex: index of the enclosing top-level statement; -1 for the body itself (see TapePolicy).
    private static long Count(EquatableArray<Statement> statements, State state, int loopDepth, int topLevelIndex)
    {
        long count = 0;
        for (int index = 0; index < statements.Length; index++)
        {
            Statement statement = statements[index];
            int top = topLevelIndex < 0 ? index : topLevelIndex;
            switch (statement)
            {
                case IntLet let:
                    // An index computed through a Math call the sizing does not evaluate ((int)Math.Log(d)) is unknown
                    // here: a loop bound that reads it fails the sizing, an index that reads it needs no value.
                    try
                    {
                        state.Variables[let.Id] = Evaluate(let.Value, state.Variables, state.LengthOf);
                        state.Unknown.Remove(let.Id);
                    }
                    catch (NotEvaluatedException exception)
                    {
                        state.Variables.Remove(let.Id);
                        state.Unknown[let.Id] = exception.Message;
                    }

                    break;
                case IntAssign assign:
                    // A value set under a condition on data is unknown here: a loop bound that reads it fails the sizing.
                    int? value = TryEvaluate(assign.Value, state);
                    if (value is { } known)
                    {
                        state.Variables[assign.Id] = known;
                        state.DataDependent.Remove(assign.Id);
                    }
                    else
                    {
                        state.Variables.Remove(assign.Id);
                        state.DataDependent.Add(assign.Id);
                    }

                    count += state.Policy.RecordsOverwrittenValue(statement, loopDepth, top) ? 1 : 0;
                    break;
                case ForLoop loop when RunningExtremum.Match(loop) is { } extremum:
                    // One index, and the extremum's old value when it is read again (see TapePolicy).
                    count += 1 + (state.Policy.RecordsOverwrittenValue(extremum.Assignment, loopDepth + 1, top) ? 1 : 0);
                    break;
                case ForLoop loop:
                    foreach (int id in state.DataDependent)
                    {
                        if (IntegerState.Reads(loop.Start, id) || IntegerState.Reads(loop.Bound, id))
                        {
                            throw new SizingException("the loop '" + loop.Source + "', " + BoundReading(loop, state.NameOf(id)) + " an integer computed from data or set under a condition on data", loop);
                        }
                    }

                    foreach (KeyValuePair<int, string> unknown in state.Unknown)
                    {
                        if (IrWalk.ReadsVariable(loop.Start, unknown.Key) || IrWalk.ReadsVariable(loop.Bound, unknown.Key))
                        {
                            throw new SizingException("the loop '" + loop.Source + "', " + BoundReading(loop, state.NameOf(unknown.Key)) + " " + unknown.Value, loop);
                        }
                    }

                    int start = Evaluate(loop.Start, state.Variables, state.LengthOf);
                    int bound = Evaluate(loop.Bound, state.Variables, state.LengthOf);
                    for (long i = start; Compare(loop.Operator, i, bound); i += loop.Step)
                    {
                        if (++state.Steps > MaxSteps)
                        {
                            throw new SizingException("the loop '" + loop.Source + "', which takes the loops of the row past " + MaxSteps.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " iterations", loop);
                        }

                        state.Variables[loop.Variable] = (int)i;
                        count += Count(loop.Body, state, loopDepth + 1, top);
                    }

                    break;
                case IfStatement branch when TapePolicy.RecordsBranch(branch) || state.Unknown.Keys.Any(id => IrWalk.ReadsVariable(branch.Condition, id)):
                    // A condition on data, or on an index the sizing does not compute: either branch may run.
                    count += (TapePolicy.RecordsBranch(branch) ? 1 : 0) + Math.Max(Count(branch.WhenTrue, state, loopDepth, top), Count(branch.WhenFalse, state, loopDepth, top));

                    // Either branch may have run: the integers they assign are unknown after it.
                    var assigned = new HashSet<int>();
                    IntegerState.Collect(branch.WhenTrue, assigned);
                    IntegerState.Collect(branch.WhenFalse, assigned);
                    foreach (int id in assigned)
                    {
                        state.Variables.Remove(id);
                        state.DataDependent.Add(id);
                    }

                    break;
                case IfStatement branch:
                    count += Holds(branch.Condition, state)
                        ? Count(branch.WhenTrue, state, loopDepth, top)
                        : Count(branch.WhenFalse, state, loopDepth, top);
                    break;
                default:
                    count += state.Policy.RecordsOverwrittenValue(statement, loopDepth, top) ? 1 : 0;
                    break;
            }

            if (count > MaxTape)
            {
                throw new SizingException("a forward pass that records more than " + MaxTape + " values");
            }
        }

        return count;
    }

    private static int? TryEvaluate(IntExpr expression, State state)
    {
        try
        {
            return Evaluate(expression, state.Variables, state.LengthOf);
        }
        catch (SizingException)
        {
            return null;
        }
    }

    private static bool EvaluateCondition(Condition condition, IReadOnlyDictionary<int, int> variables, Func<ArrayRef, int> lengthOf) => condition switch
    {
        BoolConstant constant => constant.Value,
        IntCompare compare => Compare(compare.Operator, Evaluate(compare.Left, variables, lengthOf), Evaluate(compare.Right, variables, lengthOf)),
        Logical { IsAnd: true } logical => EvaluateCondition(logical.Left, variables, lengthOf) && EvaluateCondition(logical.Right, variables, lengthOf),
        Logical logical => EvaluateCondition(logical.Left, variables, lengthOf) || EvaluateCondition(logical.Right, variables, lengthOf),
        Not not => !EvaluateCondition(not.Operand, variables, lengthOf),
        _ => throw new SizingException("an integer chosen by a condition on data"),
    };

    /// <summary>C#'s comparison <paramref name="op"/> of two integers.</summary>
    public static bool Compare(CompareOperator op, long left, long right) => op switch
    {
        CompareOperator.Less => left < right,
        CompareOperator.LessOrEqual => left <= right,
        CompareOperator.Greater => left > right,
        CompareOperator.GreaterOrEqual => left >= right,
        CompareOperator.Equal => left == right,
        _ => left != right,
    };

    private static bool Holds(Condition condition, State state) => condition switch
    {
        BoolConstant constant => constant.Value,
        IntCompare compare => Compare(compare.Operator, Evaluate(compare.Left, state.Variables, state.LengthOf), Evaluate(compare.Right, state.Variables, state.LengthOf)),
        Logical { IsAnd: true } logical => Holds(logical.Left, state) && Holds(logical.Right, state),
        Logical logical => Holds(logical.Left, state) || Holds(logical.Right, state),
        Not not => !Holds(not.Operand, state),
        _ => throw new SizingException("a condition on data where an integer one was expected"),
    };

    private static int Evaluate(IntExpr expression, IReadOnlyDictionary<int, int> variables, Func<ArrayRef, int> lengthOf)
    {
        switch (expression)
        {
            case IntConstant constant:
                return constant.Value;
            case IntVariable variable:
                return variables.TryGetValue(variable.Id, out int value) ? value : throw new SizingException("an integer local read before it is set");
            case IntMutable mutable:
                return variables.TryGetValue(mutable.Id, out int current) ? current : throw new SizingException("an integer local read before it is set");
            case IntChoose choose:
                return EvaluateCondition(choose.Condition, variables, lengthOf)
                    ? Evaluate(choose.WhenTrue, variables, lengthOf)
                    : Evaluate(choose.WhenFalse, variables, lengthOf);
            case IntLength length:
                return lengthOf(length.Array);
            case IntNegate negate:
                return unchecked(-Evaluate(negate.Operand, variables, lengthOf));
            case IntTableRead table:
                int at = Evaluate(table.Index, variables, lengthOf);
                return at >= 0 && at < table.Table.Values.Length
                    ? (int)table.Table.Values[at]
                    : throw new SizingException("an index outside the table " + table.Table.Name);
            case IntFromReal convert when IntegerState.IsIndexOnly(convert.Value):
                double real = EvaluateReal(convert.Value, variables, lengthOf);
                return !double.IsNaN(real) && real > int.MinValue - 1.0 && real < int.MaxValue + 1.0
                    ? (int)real
                    : throw new SizingException("an integer converted from a real outside the int range");
            case IntFromReal:
                throw new SizingException("an integer converted from data");
            case IntBinary binary:
                int left = Evaluate(binary.Left, variables, lengthOf), right = Evaluate(binary.Right, variables, lengthOf);
                return IntArithmetic.Apply(binary.Operator, left, right) ??
                    throw new SizingException("an integer division by zero (or int.MinValue / -1) in a loop bound or index");
            default:
                throw new SizingException("an unknown integer expression");
        }
    }

    /// <summary>
    /// The value of an index-only real (<see cref="IntegerState.IsIndexOnly"/>) where every step is exactly rounded in IEEE
    /// arithmetic (+ − × ÷, Sqrt, Floor, Ceiling, Truncate, Abs, Max, Min, float/double conversions), so the sizing sees
    /// the value the generated code computes; anything else (Log, Exp, Pow…, whose last bit may differ between runtimes)
    /// is not evaluated.
    /// </summary>
    private static double EvaluateReal(RealExpr expression, IReadOnlyDictionary<int, int> variables, Func<ArrayRef, int> lengthOf)
    {
        double value = expression switch
        {
            RealConstant constant => constant.Value,
            IntToReal convert => Evaluate(convert.Value, variables, lengthOf),
            RealTableRead table => TableValue(table, Evaluate(table.Index, variables, lengthOf)),
            RealNegate negate => -EvaluateReal(negate.Operand, variables, lengthOf),
            RealConvert convert => EvaluateReal(convert.Operand, variables, lengthOf),
            RealBinary binary => Arithmetic(binary.Operator, EvaluateReal(binary.Left, variables, lengthOf), EvaluateReal(binary.Right, variables, lengthOf), binary.Type),
            RealChoose choose => EvaluateCondition(choose.Condition, variables, lengthOf)
                ? EvaluateReal(choose.WhenTrue, variables, lengthOf)
                : EvaluateReal(choose.WhenFalse, variables, lengthOf),
            MathCall { Function: MathFunction.Sqrt or MathFunction.Floor or MathFunction.Ceiling or MathFunction.Truncate or MathFunction.Abs or MathFunction.Max or MathFunction.Min } call =>
                ExactCall(call, variables, lengthOf),
            MathCall call => throw new NotEvaluatedException("an integer computed through Math." + call.Function + ", which the generator does not evaluate at compile time"),
            _ => throw new SizingException("an integer converted from data"),
        };
        return expression.Type == RealType.Float ? (float)value : value;
    }

    private static double TableValue(RealTableRead table, int at) =>
        at >= 0 && at < table.Table.Values.Length ? table.Table.Values[at] : throw new SizingException("an index outside the table " + table.Table.Name);

    private static double Arithmetic(RealOperator op, double left, double right, RealType type)
    {
        if (type == RealType.Float)
        {
            float l = (float)left, r = (float)right;
            return op switch { RealOperator.Add => l + r, RealOperator.Subtract => l - r, RealOperator.Multiply => l * r, _ => l / r };
        }

        return op switch { RealOperator.Add => left + right, RealOperator.Subtract => left - right, RealOperator.Multiply => left * right, _ => left / right };
    }

    private static double ExactCall(MathCall call, IReadOnlyDictionary<int, int> variables, Func<ArrayRef, int> lengthOf)
    {
        double a = EvaluateReal(call.Arguments[0], variables, lengthOf);
        double b = call.Arguments.Length > 1 ? EvaluateReal(call.Arguments[1], variables, lengthOf) : 0;
        return call.Function switch
        {
            MathFunction.Sqrt => Math.Sqrt(a),
            MathFunction.Floor => Math.Floor(a),
            MathFunction.Ceiling => Math.Ceiling(a),
            MathFunction.Truncate => a < 0 ? Math.Ceiling(a) : Math.Floor(a),
            MathFunction.Abs => Math.Abs(a),
            MathFunction.Max => Math.Max(a, b),
            _ => Math.Min(a, b),
        };
    }
}
