using System.Collections.Generic;
using System.Linq;
using LayerGen.Differentiation.Ir;
using LayerGen.Generator.Model;

namespace LayerGen.Differentiation.Emitting;

/// <summary>
/// Proves that a row's output does not depend on the value of its maximum local <c>m</c> (a <see cref="MaximumShift"/>
/// maximum): then the adjoint of <c>m</c> is exactly zero (∂y/∂m = 0 for every input) and the reverse sweep need not
/// compute it — for a stable softmax it would be −Σ dx, zero in exact arithmetic, at the cost of a second horizontal sum
/// and the running maximum's reversal.
/// </summary>
/// <remarks>
/// Every read of <c>m</c> comes after its running-maximum loop (MaximumShift's condition), so the statements after it
/// compute y from x, the parameters and one more value u = m. Each value gets a form in u (a small abstract
/// interpretation over the statements, loops to a fixed point): <c>Free</c> (independent of u), <c>Zero</c> (the
/// constant 0), <c>Scaled(k)</c> = e^(k·u)·g and <c>Shifted(s)</c> = g + s·u, with g independent of u and k, s nonzero
/// integers. m is Shifted(1); e^Shifted(s) is Scaled(s) and log Scaled(k) is Shifted(k); sums keep a common form,
/// products and quotients of scaled values add and subtract their powers; anything else (a scaled value in a condition,
/// in another function, added to a free one…) is <c>Unknown</c>. When y ends Free (softmax: e^(x−m) / Σ e^(x−m);
/// log-softmax and log-sum-exp: x − m − log Σ e^(x−m), m + log Σ e^(x−m)), it does not depend on m. A whole-span loop
/// that reads and writes a span only at its own index (<c>y[i] /= sum</c>) replaces the span's form; other writes join
/// it with the old one. Anything not understood keeps the adjoint.
/// </remarks>
internal static class ShiftInvariance
{
    private enum Form
    {
        Zero,
        Free,
        Scaled,
        Shifted,
        Unknown,
    }

    private readonly record struct Value(Form Form, int Power)
    {
        public static readonly Value Zero = new(Form.Zero, 0);
        public static readonly Value Free = new(Form.Free, 0);
        public static readonly Value Unknown = new(Form.Unknown, 0);

        public bool IsFree => Form is Form.Free or Form.Zero;

        public static Value Scaled(int power) => power == 0 ? Free : new Value(Form.Scaled, power);

        public static Value Shifted(int amount) => amount == 0 ? Free : new Value(Form.Shifted, amount);

        /// <summary>The form of a value that may come from either: 0 is e^(k·u)·0, but not g + s·u.</summary>
        public static Value Join(Value a, Value b) =>
            a == b ? a
            : a.Form == Form.Zero && b.Form is Form.Free or Form.Scaled ? b
            : b.Form == Form.Zero && a.Form is Form.Free or Form.Scaled ? a
            : Unknown;
    }

    private sealed class State
    {
        public Dictionary<int, Value> Locals { get; } = [];

        public Dictionary<ArrayRef, Value> Arrays { get; } = [];

        public State Copy()
        {
            var copy = new State();
            foreach (KeyValuePair<int, Value> pair in Locals)
            {
                copy.Locals[pair.Key] = pair.Value;
            }

            foreach (KeyValuePair<ArrayRef, Value> pair in Arrays)
            {
                copy.Arrays[pair.Key] = pair.Value;
            }

            return copy;
        }

        public State JoinWith(State other)
        {
            State joined = Copy();
            foreach (KeyValuePair<int, Value> pair in other.Locals)
            {
                joined.Locals[pair.Key] = Locals.TryGetValue(pair.Key, out Value mine) ? Value.Join(mine, pair.Value) : Value.Unknown;
            }

            foreach (KeyValuePair<ArrayRef, Value> pair in other.Arrays)
            {
                joined.Arrays[pair.Key] = Arrays.TryGetValue(pair.Key, out Value mine) ? Value.Join(mine, pair.Value) : Value.Unknown;
            }

            return joined;
        }

        public bool SameAs(State other) =>
            Locals.Count == other.Locals.Count && Arrays.Count == other.Arrays.Count
            && Locals.All(p => other.Locals.TryGetValue(p.Key, out Value v) && v == p.Value)
            && Arrays.All(p => other.Arrays.TryGetValue(p.Key, out Value v) && v == p.Value);
    }

    /// <summary>The maxima of <paramref name="shift"/> the row's output provably does not depend on.</summary>
    public static HashSet<int> InvariantMaxima(ForwardRowModel model, MaximumShift shift)
    {
        var invariant = new HashSet<int>();
        for (int k = 0; k < model.Body.Length; k++)
        {
            if (model.Body[k] is ForLoop loop && shift.MaximumLoop(loop) is int local && OutputIgnores(model, k, local))
            {
                invariant.Add(local);
            }
        }

        return invariant;
    }

    /// <summary>True when y, computed by the body with <c>m</c> = u from statement <paramref name="loopIndex"/> on, is free of u.</summary>
    private static bool OutputIgnores(ForwardRowModel model, int loopIndex, int maximum)
    {
        var state = new State();
        for (int i = 0; i < model.Locals.Length; i++)
        {
            state.Locals[i] = Value.Zero; // declared with 0 by the generated code; C# assigns them before any read
        }

        state.Arrays[new ArrayRef(ArrayKind.Output, 0)] = Value.Free;
        for (int i = 0; i < model.Buffers.Length; i++)
        {
            state.Arrays[new ArrayRef(ArrayKind.Buffer, i)] = Value.Free;
        }

        var analysis = new Analysis(model);
        for (int k = 0; k < model.Body.Length && state is not null; k++)
        {
            if (k == loopIndex)
            {
                state.Locals[maximum] = Value.Shifted(1);
                continue;
            }

            state = analysis.Execute(model.Body[k], state);
        }

        return state is not null && state.Arrays[new ArrayRef(ArrayKind.Output, 0)].IsFree;
    }

    private sealed class Analysis(ForwardRowModel model)
    {
        // Spans read and written only at the index of an enclosing loop: within an iteration their form is that element's.
        private readonly HashSet<ArrayRef> _private = [];

        /// <summary>The state after the statement, or null when a condition or an index may depend on u.</summary>
        public State? Execute(Statement statement, State state)
        {
            switch (statement)
            {
                case AssignLocal assign:
                    state.Locals[assign.Local] = Evaluate(assign.Value, state);
                    return state;
                case AssignElement assign when assign.Array.Kind is ArrayKind.Output or ArrayKind.Buffer:
                    if (!IsFree(assign.Index, state))
                    {
                        return null;
                    }

                    Value written = Evaluate(assign.Value, state);
                    state.Arrays[assign.Array] = _private.Contains(assign.Array) ? written : Value.Join(state.Arrays[assign.Array], written);
                    return state;
                case IntLet let:
                    return IsFree(let.Value, state) ? state : null;
                case IntAssign assign:
                    return IsFree(assign.Value, state) ? state : null;
                case IfStatement branch:
                    if (!IsFree(branch.Condition, state))
                    {
                        return null;
                    }

                    State? whenTrue = ExecuteAll(branch.WhenTrue, state.Copy());
                    State? whenFalse = ExecuteAll(branch.WhenFalse, state.Copy());
                    return whenTrue is null || whenFalse is null ? null : whenTrue.JoinWith(whenFalse);
                case ForLoop loop:
                    return ExecuteLoop(loop, state);
                default:
                    return null;
            }
        }

        private State? ExecuteAll(EquatableArray<Statement> statements, State? state)
        {
            foreach (Statement statement in statements)
            {
                if (state is null)
                {
                    return null;
                }

                state = Execute(statement, state);
            }

            return state;
        }

        private State? ExecuteLoop(ForLoop loop, State before)
        {
            if (!IsFree(loop.Start, before) || !IsFree(loop.Bound, before))
            {
                return null;
            }

            // Spans this loop touches only at its own index: each iteration starts from the element's form before the loop.
            List<ArrayRef> owned = before.Arrays.Keys.Where(a => !_private.Contains(a) && OnlyAtIndex(loop.Body, a, loop.Variable)).ToList();
            _private.UnionWith(owned);
            try
            {
                State head = before.Copy();
                for (int round = 0; round < 8; round++)
                {
                    State? end = ExecuteAll(loop.Body, head.Copy());
                    if (end is null)
                    {
                        return null;
                    }

                    State next = before.JoinWith(end);
                    foreach (ArrayRef array in owned)
                    {
                        next.Arrays[array] = before.Arrays[array];
                    }

                    if (next.SameAs(head))
                    {
                        // The loop may run no iteration: join with the state before it, except for a span every
                        // iteration overwrites element by element over its whole length.
                        State after = before.JoinWith(end);
                        foreach (ArrayRef array in owned)
                        {
                            after.Arrays[array] = CoversWholeSpan(loop, array) ? end.Arrays[array] : Value.Join(before.Arrays[array], end.Arrays[array]);
                        }

                        return after;
                    }

                    head = next;
                }

                return null;
            }
            finally
            {
                _private.ExceptWith(owned);
            }
        }

        /// <summary>True when the loop starts at 0, steps by 1 to the span's length and writes it unconditionally.</summary>
        private bool CoversWholeSpan(ForLoop loop, ArrayRef array)
        {
            return loop.Start is IntConstant { Value: 0 } && loop.Step == 1 && loop.Operator == CompareOperator.Less
                && Constant(loop.Bound) is int bound && bound == Length(array)
                && loop.Body.Any(s => s is AssignElement assign && assign.Array.Equals(array));
        }

        /// <summary>The value of a bound that is a constant or a span's length (row sizes are compile-time constants).</summary>
        private int? Constant(IntExpr expression) => expression switch
        {
            IntConstant constant => constant.Value,
            IntLength length => Length(length.Array),
            _ => null,
        };

        private int Length(ArrayRef array) => array.Kind switch
        {
            ArrayKind.Input => model.Inputs,
            ArrayKind.Output => model.Outputs,
            ArrayKind.Parameter => model.Parameters[array.Index].Length,
            _ => model.Buffers[array.Index].Length,
        };

        private Value Evaluate(RealExpr expression, State state)
        {
            switch (expression)
            {
                case RealConstant constant:
                    return constant.Value == 0 ? Value.Zero : Value.Free;
                case RealLocal local:
                    return state.Locals.TryGetValue(local.Id, out Value value) ? value : Value.Unknown;
                case ElementRead read:
                    if (!IsFree(read.Index, state))
                    {
                        return Value.Unknown;
                    }

                    return read.Array.Kind is ArrayKind.Input or ArrayKind.Parameter ? Value.Free
                        : state.Arrays.TryGetValue(read.Array, out Value element) ? element : Value.Unknown;
                case IntToReal convert:
                    return IsFree(convert.Value, state) ? Value.Free : Value.Unknown;
                case RealTableRead table:
                    return IsFree(table.Index, state) ? Value.Free : Value.Unknown;
                case RealStaticRead:
                    return Value.Free;
                case RealNegate negate:
                    Value operand = Evaluate(negate.Operand, state);
                    return operand.Form == Form.Shifted ? Value.Shifted(-operand.Power) : operand;
                case RealConvert convert:
                    return Evaluate(convert.Operand, state);
                case RealBinary binary:
                    return Combine(binary.Operator, Evaluate(binary.Left, state), Evaluate(binary.Right, state));
                case MathCall call:
                    return Call(call, state);
                case RealChoose choose:
                    return IsFree(choose.Condition, state)
                        ? Value.Join(Evaluate(choose.WhenTrue, state), Evaluate(choose.WhenFalse, state))
                        : Value.Unknown;
                default:
                    return Value.Unknown;
            }
        }

        private static Value Combine(RealOperator op, Value left, Value right)
        {
            if (left.Form == Form.Unknown || right.Form == Form.Unknown)
            {
                return Value.Unknown;
            }

            switch (op)
            {
                case RealOperator.Add:
                case RealOperator.Subtract:
                    if (left.Form == Form.Zero)
                    {
                        return op == RealOperator.Add || right.Form != Form.Shifted ? right : Value.Shifted(-right.Power);
                    }

                    if (right.Form == Form.Zero)
                    {
                        return left;
                    }

                    if (left.IsFree && right.IsFree)
                    {
                        return Value.Free;
                    }

                    // Shifts add (a free part is a shift of 0); scaled values add only to a value of the same power.
                    if (left.Form is Form.Shifted or Form.Free && right.Form is Form.Shifted or Form.Free)
                    {
                        return Value.Shifted(op == RealOperator.Add ? left.Power + right.Power : left.Power - right.Power);
                    }

                    return left.Form == Form.Scaled && right.Form == Form.Scaled && left.Power == right.Power ? left : Value.Unknown;
                case RealOperator.Multiply:
                    if (left.Form == Form.Zero || right.Form == Form.Zero)
                    {
                        return Value.Zero;
                    }

                    return left.Form is Form.Scaled or Form.Free && right.Form is Form.Scaled or Form.Free
                        ? Value.Scaled(left.Power + right.Power)
                        : Value.Unknown;
                default:
                    if (right.Form == Form.Zero)
                    {
                        return Value.Unknown;
                    }

                    if (left.Form == Form.Zero)
                    {
                        return Value.Zero;
                    }

                    return left.Form is Form.Scaled or Form.Free && right.Form is Form.Scaled or Form.Free
                        ? Value.Scaled(left.Power - right.Power)
                        : Value.Unknown;
            }
        }

        private Value Call(MathCall call, State state)
        {
            Value[] arguments = call.Arguments.Select(a => Evaluate(a, state)).ToArray();
            if (arguments.All(a => a.IsFree))
            {
                return Value.Free;
            }

            if (arguments.Length != 1)
            {
                return Value.Unknown;
            }

            Value argument = arguments[0];
            return call.Function switch
            {
                MathFunction.Exp when argument.Form == Form.Shifted => Value.Scaled(argument.Power),
                MathFunction.Log when argument.Form == Form.Scaled => Value.Shifted(argument.Power),
                _ => Value.Unknown,
            };
        }

        private bool IsFree(Condition condition, State state) => condition switch
        {
            RealCompare compare => Evaluate(compare.Left, state).IsFree && Evaluate(compare.Right, state).IsFree,
            IntCompare compare => IsFree(compare.Left, state) && IsFree(compare.Right, state),
            BoolConstant => true,
            Logical logical => IsFree(logical.Left, state) && IsFree(logical.Right, state),
            Not not => IsFree(not.Operand, state),
            _ => false,
        };

        // Integers depend on reals only through the conditions of integer ternaries.
        private bool IsFree(IntExpr expression, State state) => expression switch
        {
            IntConstant or IntVariable or IntLength or IntMutable => true,
            IntBinary binary => IsFree(binary.Left, state) && IsFree(binary.Right, state),
            IntNegate negate => IsFree(negate.Operand, state),
            IntChoose choose => IsFree(choose.Condition, state) && IsFree(choose.WhenTrue, state) && IsFree(choose.WhenFalse, state),
            IntTableRead table => IsFree(table.Index, state),
            _ => false,
        };

        /// <summary>True when every read and write of <paramref name="array"/> in the statements is at index <c>variable</c>.</summary>
        private static bool OnlyAtIndex(EquatableArray<Statement> statements, ArrayRef array, int variable)
        {
            var index = new IntVariable(variable);
            bool Expression(RealExpr? expression) => expression switch
            {
                null => true,
                ElementRead read => !read.Array.Equals(array) || read.Index.Equals(index),
                RealNegate negate => Expression(negate.Operand),
                RealConvert convert => Expression(convert.Operand),
                RealBinary binary => Expression(binary.Left) && Expression(binary.Right),
                MathCall call => call.Arguments.All(Expression),
                RealChoose choose => ConditionOk(choose.Condition) && Expression(choose.WhenTrue) && Expression(choose.WhenFalse),
                RealConstant or RealLocal or IntToReal or RealTableRead or RealStaticRead => true,
                _ => false,
            };
            bool ConditionOk(Condition condition) => condition switch
            {
                RealCompare compare => Expression(compare.Left) && Expression(compare.Right),
                Logical logical => ConditionOk(logical.Left) && ConditionOk(logical.Right),
                Not not => ConditionOk(not.Operand),
                IntCompare or BoolConstant => true,
                _ => false,
            };
            bool StatementOk(Statement statement) => statement switch
            {
                AssignLocal assign => Expression(assign.Value),
                AssignElement assign => (!assign.Array.Equals(array) || assign.Index.Equals(index)) && Expression(assign.Value),
                IntLet or IntAssign => true,
                IfStatement branch => ConditionOk(branch.Condition) && branch.WhenTrue.All(StatementOk) && branch.WhenFalse.All(StatementOk),
                ForLoop loop => loop.Variable != variable && loop.Body.All(StatementOk),
                _ => false,
            };
            return statements.All(StatementOk);
        }
    }
}
