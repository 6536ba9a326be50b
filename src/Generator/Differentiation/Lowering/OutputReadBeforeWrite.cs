// Compiled into both LayerGen.Generator and LayerGen.Analyzers.
using System;
using System.Collections.Generic;
using System.Linq;
using LayerGen.Differentiation.Ir;
using LayerGen.Generator.Model;

namespace LayerGen.Differentiation.Lowering;

/// <summary>
/// Decides whether a lowered <c>ForwardRow</c> may read an element of <c>y</c> before a write to that element dominates
/// the read (<c>y[i % 3] += …</c> without <c>y.Clear()</c>, <c>y[0] = y[0] * 2 + …</c>). Such a row starts with <c>y</c>
/// at zero in every generated path (the lowering prepends the clear), so its results never depend on what the caller's
/// output buffer or the backward's work space held; every other row pays nothing.
/// </summary>
/// <remarks>
/// The proof runs the row's integer skeleton with the compile-time sizes, as <see cref="TapeSizer"/> does: loop bounds and
/// integer locals take their values, and each element of <c>y</c> is marked written when an assignment with a known index
/// writes it. A branch on data is walked both ways and keeps only the elements both sides write. A read is proven when its
/// index is known and that element is written, or when all of <c>y</c> is. Anything the walk cannot follow (an index from
/// data, a loop bound it cannot evaluate, more than <see cref="MaxWork"/> steps) counts as a read before a write: the cost
/// of a wrong "yes" is one clear per row, never a wrong result.
/// </remarks>
internal static class OutputReadBeforeWrite
{
    /// <summary>Work limit (iterations and copied elements); past it the row is cleared rather than proven.</summary>
    public const long MaxWork = 4_000_000;

    /// <summary>True when some read of <c>y</c> in <paramref name="model"/> is not proven to follow a write of its element.</summary>
    public static bool Holds(ForwardRowModel model)
    {
        if (!model.Body.Any(ReadsOutput))
        {
            return false;
        }

        if (model.Outputs > MaxWork)
        {
            return true; // too wide to follow element by element
        }

        var walk = new Walk(model);
        try
        {
            walk.Statements(model.Body, inBranch: false);
            return false;
        }
        catch (DecidedException decided)
        {
            return decided.ReadsFirst;
        }
    }

    private static bool ReadsOutput(Statement statement) => statement switch
    {
        AssignLocal assign => ReadsOutput((object)assign.Value),
        AssignElement assign => ReadsOutput(assign.Index) || ReadsOutput(assign.Value),
        IntLet let => ReadsOutput(let.Value),
        IntAssign assign => ReadsOutput(assign.Value),
        ForLoop loop => ReadsOutput(loop.Start) || ReadsOutput(loop.Bound) || loop.Body.Any(ReadsOutput),
        IfStatement branch => ReadsOutput(branch.Condition) || branch.WhenTrue.Any(ReadsOutput) || branch.WhenFalse.Any(ReadsOutput),
        _ => true,
    };

    private static bool ReadsOutput(object node) => IrWalk.Any(node, n => n is ElementRead { Array.Kind: ArrayKind.Output });

    /// <summary>Ends the walk: <see cref="ReadsFirst"/> is the answer.</summary>
    private sealed class DecidedException(bool readsFirst) : Exception
    {
        public bool ReadsFirst { get; } = readsFirst;
    }

    private sealed class Walk(ForwardRowModel model)
    {
        private bool[] _written = new bool[model.Outputs];
        private int _unwritten = model.Outputs;
        private Dictionary<int, int> _integers = [];
        private long _work;

        public void Statements(EquatableArray<Statement> statements, bool inBranch)
        {
            foreach (Statement statement in statements)
            {
                Statement(statement, inBranch);
            }
        }

        private void Statement(Statement statement, bool inBranch)
        {
            if (_unwritten == 0 && !inBranch)
            {
                // Writes are never undone: every later read follows a write of its element.
                throw new DecidedException(false);
            }

            switch (statement)
            {
                case AssignLocal assign:
                    Reads(assign.Value);
                    break;
                case AssignElement assign:
                    Reads(assign.Index);
                    Reads(assign.Value);
                    if (assign.Array.Kind == ArrayKind.Output && Evaluate(assign.Index) is { } at && at >= 0 && at < _written.Length && !_written[at])
                    {
                        _written[at] = true;
                        _unwritten--;
                    }

                    break;
                case IntLet let:
                    Reads(let.Value);
                    Set(let.Id, Evaluate(let.Value));
                    break;
                case IntAssign assign:
                    Reads(assign.Value);
                    Set(assign.Id, Evaluate(assign.Value));
                    break;
                case ForLoop loop:
                    Loop(loop, inBranch);
                    break;
                case IfStatement branch:
                    Branch(branch, inBranch);
                    break;
                default:
                    throw new DecidedException(true);
            }
        }

        private void Loop(ForLoop loop, bool inBranch)
        {
            Reads(loop.Start);
            Reads(loop.Bound);
            if (Evaluate(loop.Start) is not { } start || Evaluate(loop.Bound) is not { } bound)
            {
                throw new DecidedException(true);
            }

            for (long i = start; TapeSizer.Compare(loop.Operator, i, bound); i += loop.Step)
            {
                Work(1);
                _integers[loop.Variable] = (int)i;
                Statements(loop.Body, inBranch);
            }

            _integers.Remove(loop.Variable);
        }

        private void Branch(IfStatement branch, bool inBranch)
        {
            Reads(branch.Condition);
            if (Evaluate(branch.Condition) is { } holds)
            {
                Statements(holds ? branch.WhenTrue : branch.WhenFalse, inBranch);
                return;
            }

            // A condition on data: either side may run. Keep what both write and the integers both leave equal.
            bool[] written = (bool[])_written.Clone();
            int unwritten = _unwritten;
            var integers = new Dictionary<int, int>(_integers);
            Work(_written.Length);
            Statements(branch.WhenTrue, inBranch: true);
            bool[] trueWritten = _written;
            Dictionary<int, int> trueIntegers = _integers;
            _written = written;
            _unwritten = unwritten;
            _integers = integers;
            Statements(branch.WhenFalse, inBranch: true);
            Work(_written.Length);
            for (int i = 0; i < _written.Length; i++)
            {
                if (_written[i] && !trueWritten[i])
                {
                    _written[i] = false;
                    _unwritten++;
                }
            }

            foreach (int id in _integers.Keys.ToList())
            {
                if (!trueIntegers.TryGetValue(id, out int value) || value != _integers[id])
                {
                    _integers.Remove(id);
                }
            }
        }

        private void Reads(object node)
        {
            if (_unwritten > 0 && IrWalk.Any(node, n => n is ElementRead { Array.Kind: ArrayKind.Output } read && !IsWritten(read.Index)))
            {
                throw new DecidedException(true);
            }
        }

        private bool IsWritten(IntExpr index) => Evaluate(index) is { } at && at >= 0 && at < _written.Length && _written[at];

        private void Set(int id, int? value)
        {
            if (value is { } known)
            {
                _integers[id] = known;
            }
            else
            {
                _integers.Remove(id);
            }
        }

        private void Work(long amount)
        {
            _work += amount;
            if (_work > MaxWork)
            {
                throw new DecidedException(true);
            }
        }

        private int? Evaluate(IntExpr expression) => TapeSizer.EvaluateConstant(expression, LengthOf, _integers);

        private bool? Evaluate(Condition condition) => condition switch
        {
            BoolConstant constant => constant.Value,
            IntCompare compare => Evaluate(compare.Left) is { } left && Evaluate(compare.Right) is { } right ? TapeSizer.Compare(compare.Operator, left, right) : null,
            Logical logical => Evaluate(logical.Left) is { } left
                ? (logical.IsAnd ? (left ? Evaluate(logical.Right) : false) : (left ? true : Evaluate(logical.Right)))
                : null,
            Not not => !Evaluate(not.Operand),
            _ => null,
        };

        private int LengthOf(ArrayRef array) => TapeSizer.LengthOf(model, array);
    }
}
