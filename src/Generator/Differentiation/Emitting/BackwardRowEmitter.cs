using LayerGen.Generator.Model;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using LayerGen.Differentiation.Ir;
using LayerGen.Generator.Emitting;

namespace LayerGen.Differentiation.Emitting;

// Reverse mode by taping overwritten values (store-on-overwrite, as Tapenade's PUSH/POP), not by recomputation.
//
// BackwardRow first runs the user's forward statements once more for the row. Each assignment that overwrites a
// value first pushes the old value on a tape (a slice of `scratch`), and each if whose condition reads data pushes
// which branch ran. The reverse sweep then walks the statements backwards; reversing an assignment pops the old value
// back, so every statement is reversed in exactly the state it ran in: a loop-carried accumulator (sum += e), a
// running maximum (if (x[i] > m) m = x[i]; or m = x[i] > m ? x[i] : m) and y read back and rewritten (y[i] /= sum)
// all see the values they had, and a ternary's condition re-evaluated in that state takes the forward's branch (ties
// included). Integer values (indices, loop bounds, integer locals) never depend on data, so they are recomputed, and
// loops run backwards over the same bounds.
//
// Why a tape: loop bounds are known on entry and the row sizes are compile-time constants, so the tape's length is
// a compile-time constant (TapeSizer counts it) and lives in the caller's scratch: no allocation, O(forward) time and
// memory, and no re-execution of loop prefixes, which recomputation would need for loop-carried values (O(n²) for a
// running max) unless it checkpointed, i.e. taped anyway. Nothing is pushed that the reverse sweep does not read again
// (TapePolicy: running sums, elements written once per iteration, declarations outside loops); a running max or min
// tapes one index (RunningExtremum, BackwardRowEmitter.Extremum.cs); element-wise loops reverse on Vector256 lanes
// (VectorLoop, BackwardRowEmitter.Vector.cs).

/// <summary>
/// Emits <c>BackwardScratchLength</c> and <c>BackwardRowsFromInputs</c> (see docs/custom-layers.md and the contract in the notes)
/// from a lowered <see cref="ForwardRowModel"/>.
/// </summary>
internal sealed partial class BackwardRowEmitter
{
    private readonly CodeWriter _writer;
    private readonly ForwardRowModel _model;
    private readonly BackwardNames _names;
    private readonly ExpressionPrinter _printer;
    private readonly AdjointWriter _adjoints;
    private readonly string _element;
    private readonly HashSet<int> _usedLocals;

    // Locals some value reads: only they have an adjoint (a local read only by conditions, such as a 0/1 flag, has none).
    private readonly HashSet<int> _adjointLocals;
    private readonly TapePolicy _policy;

    // Exp arguments a[j] - max(a) (MaximumShift): their adjoints need no 0 · ∞ guard.
    private readonly MaximumShift _maximumShift;

    // Reassigned integer locals (IntegerState): declared once at the top, restored by the reverse sweep.
    private readonly IReadOnlyList<int> _mutableInts;

    // Adjoints a top-level vector loop seeds instead of a copy or clear up front (BackwardRowEmitter.Seeds.cs).
    private readonly Dictionary<ArrayRef, int> _seeded;

    // Per span, the first top-level statement whose reverse touches its adjoint (the last the sweep reaches).
    private readonly Dictionary<ArrayRef, int> _lastAdjointUse;

    // Spans whose restores are tape views (BackwardRowEmitter.TapeViews.cs), and the view of the values a loop being
    // reversed wrote, by span (null: the reverse recomputes them, BackwardRowEmitter.RecomputedWrites.cs).
    private readonly HashSet<ArrayRef> _tapeViews;
    private readonly Dictionary<ArrayRef, string?> _afterViews = [];

    // True for BackwardRowsFromTape's emitter: its reverse starts from the records (BackwardRowEmitter.Recording.cs).
    private readonly bool _fromRecords;

    // False for ForwardRowVectorized: the forward statements push nothing (BackwardRowEmitter.Forward.cs).
    private readonly bool _recording;

    // Whether the forward statements run element-wise loops on lanes (BackwardRowEmitter.VectorForward.cs).
    private readonly bool _vectorForward;

    // Tape entries a row writes: the model's count (TapeSizer) less the iterations of running maxima nobody reads
    // (BackwardRowEmitter.Extremum.cs), which the forward does not write.
    private readonly int _tapeLength;

    private BackwardRowEmitter(CodeWriter writer, ForwardRowModel model, bool recording = true, bool fromRecords = false)
    {
        _writer = writer;
        _model = model;
        _recording = recording;
        _fromRecords = fromRecords;
        _names = new BackwardNames(model);
        _printer = new ExpressionPrinter(model, _names);
        _maximumShift = MaximumShift.Analyze(model);
        _adjoints = new AdjointWriter(writer, _printer, _names, _maximumShift);
        _element = ExpressionPrinter.TypeName(model.ElementType);
        _usedLocals = UsedLocals(model.Body, valuesOnly: false);
        _adjointLocals = UsedLocals(model.Body, valuesOnly: true);
        _adjointLocals.RemoveWhere(_maximumShift.AdjointIsZero);
        _policy = new TapePolicy(model);
        _mutableInts = IntegerState.MutableInts(model);
        (_seeded, _lastAdjointUse) = FindSeededAdjoints();
        _tapeViews = FindTapeViews();
        _vectorForward = BuffersFitOnStack(model) && HasVectorLoop(model.Body, loopDepth: 0, topLevelIndex: -1);
        _tapeLength = model.TapeLength - UnreadIterationEntries();
    }

    /// <summary>Offsets in scratch: the tape, then y and its adjoint, then each buffer and its adjoint.</summary>
    private int ScratchLength() => _tapeLength + (2 * _model.Outputs) + _model.Buffers.Sum(b => 2 * StorageLength(b));

    /// <summary>
    /// Writes the members into the class being generated: <c>BackwardScratchLength</c> and <c>BackwardRowsFromInputs</c>, then (when
    /// <see cref="EmitsRecording"/>) the recording pair <c>ForwardRowRecording</c> / <c>BackwardRowsFromTape</c>.
    /// </summary>
    public static void Emit(CodeWriter writer, ForwardRowModel model)
    {
        var forward = new BackwardRowEmitter(writer, model, recording: false);
        if (forward._vectorForward)
        {
            forward.EmitVectorizedForwardMember();
            writer.Line();
        }

        new BackwardRowEmitter(writer, model).EmitMembers();
        if (EmitsRecording(model))
        {
            writer.Line();
            new BackwardRowEmitter(writer, model, fromRecords: true).EmitRecordingMembers();
        }
    }

    private void EmitMembers()
    {
        int tape = _tapeLength;
        _writer.Doc("summary", "Elements of scratch each row of <c>BackwardRowsFromInputs</c> needs: " + Count(tape) + (tape == 1 ? " tape value" : " tape values") + ", the output row and its adjoint ("
            + Count(2 * _model.Outputs) + ")" + (_model.Buffers.Length > 0 ? ", and each local buffer with its adjoint" : string.Empty) + ".");
        _writer.Line("private const int BackwardScratchLength = " + Count(ScratchLength()) + ";");
        _writer.Line();
        _writer.Doc("summary", "The derivative of <c>ForwardRow</c>, derived by LayerGen (reverse-mode automatic differentiation), for each of "
            + "<paramref name=\"" + _names.Rows + "\"/> rows: runs the row's forward again, recording what it overwrites, then the reverse sweep; "
            + "overwrites the input gradients and adds the parameters' gradients to theirs. <paramref name=\"" + _names.InputGradientRows
            + "\"/> holds a row per row, or one row that every row overwrites when the caller needs no input gradient; "
            + "<paramref name=\"" + _names.Scratch + "\"/> (<c>BackwardScratchLength</c> elements) serves every row.");
        string readOnlySpan = "global::System.ReadOnlySpan<" + _element + ">";
        string span = "global::System.Span<" + _element + ">";
        RowView[] views =
        [
            new(writable: false, _names.InputRows, _model.InputName, Count(_model.Inputs)),
            new(writable: false, _names.OutputGradientRows, _names.OutputGradient, Count(_model.Outputs)),
            new(writable: true, _names.InputGradientRows, _names.InputGradient, Count(_model.Inputs), sharedRow: true),
        ];
        var parameters = new List<string>();
        AddParameterSpans(parameters, readOnlySpan, span);
        parameters.Add(span + " " + _names.Scratch);
        EmitRowsMethod(Validation.GeneratedNames.BackwardRowsFromInputs, views, parameters, () => { }, () => EmitBody(span));
    }

    private void EmitBody(string span)
    {
        int offset = 0;
        _writer.Comment("Forward pass of the row, recording on the tape each value an assignment overwrites and each data-dependent branch taken.");
        if (_tapeLength > 0)
        {
            _writer.Line(span + " " + _names.Tape + " = " + _names.Scratch + ".Slice(0, " + Count(_tapeLength) + ");");
            _writer.Line("int " + _names.TapeTop + " = 0;");
            offset += _tapeLength;
        }

        _writer.Line(span + " " + _model.OutputName + " = " + _names.Scratch + ".Slice(" + Count(offset) + ", " + Count(_model.Outputs) + ");");
        offset += _model.Outputs;
        var bufferOffsets = new int[_model.Buffers.Length];
        for (int i = 0; i < _model.Buffers.Length; i++)
        {
            BufferInfo buffer = _model.Buffers[i];
            _writer.Line(BufferSpanType(buffer) + " " + buffer.Name + " = " + BufferSlice(_names.Scratch, offset, buffer) + ";");
            EmitFreshBuffer(buffer);
            bufferOffsets[i] = offset + StorageLength(buffer);
            offset += 2 * StorageLength(buffer);
        }

        foreach (int id in _usedLocals.OrderBy(i => i))
        {
            LocalInfo local = _model.Locals[id];
            _writer.Line(ExpressionPrinter.TypeName(local.Type) + " " + local.Name + " = " + ExpressionPrinter.Literal(local.Type, 0) + ";");
        }

        DeclareMutableInts();
        _writer.Line();
        EmitForward(_model.Body, loopDepth: 0, topLevelIndex: -1);
        _writer.Line();
        _writer.Comment("Reverse sweep: the adjoint (∂loss/∂value) of every value, from the last statement back to the first.");
        _writer.Line(span + " " + _names.OutputAdjoint + " = " + _names.Scratch + ".Slice(" + Count(offset) + ", " + Count(_model.Outputs) + ");");
        EmitAdjointSetUp(new ArrayRef(ArrayKind.Output, 0));
        for (int i = 0; i < _model.Buffers.Length; i++)
        {
            _writer.Line(BufferSpanType(_model.Buffers[i]) + " " + _names.BufferAdjoints[i] + " = " + BufferSlice(_names.Scratch, bufferOffsets[i], _model.Buffers[i]) + ";");
            EmitAdjointSetUp(new ArrayRef(ArrayKind.Buffer, i));
        }

        EmitAdjointSetUp(new ArrayRef(ArrayKind.Input, 0));
        foreach (int id in _usedLocals.Where(_adjointLocals.Contains).OrderBy(i => i))
        {
            LocalInfo local = _model.Locals[id];
            _writer.Line(ExpressionPrinter.TypeName(local.Type) + " " + _names.LocalAdjoints[id] + " = " + ExpressionPrinter.Literal(local.Type, 0) + ";");
        }

        _writer.Line();
        EmitReverse(_model.Body, loopDepth: 0, redeclareIntegers: false, topLevelIndex: -1);
    }

    /// <summary>
    /// Sets the adjoint of y to dy, or that of x or a buffer to zero, unless the vector loop that first touches it seeds it.
    /// </summary>
    private void EmitAdjointSetUp(ArrayRef array)
    {
        if (!SetUpFront(array))
        {
            return;
        }

        _writer.Line(array.Kind == ArrayKind.Output
            ? _names.OutputGradient + ".CopyTo(" + _names.OutputAdjoint + ");"
            : _names.AdjointName(array) + ".Clear();");
    }

    // topLevelIndex: index of the enclosing top-level statement; -1 for the body itself (see TapePolicy).
    private void EmitForward(EquatableArray<Statement> statements, int loopDepth, int topLevelIndex)
    {
        for (int index = 0; index < statements.Length; index++)
        {
            Statement statement = statements[index];
            int top = topLevelIndex < 0 ? index : topLevelIndex;
            switch (statement)
            {
                case AssignLocal assign:
                    LocalInfo local = _model.Locals[assign.Local];
                    if (_policy.RecordsOverwrittenValue(assign, loopDepth, top))
                    {
                        Push(OnTape(local));
                    }

                    _writer.Line(local.Name + " = " + _printer.RealBare(assign.Value) + ";");
                    break;
                case AssignElement assign:
                    string element = _names.ArrayName(assign.Array) + "[" + _printer.IntBare(assign.Index) + "]";
                    if (_policy.RecordsOverwrittenValue(assign, loopDepth, top))
                    {
                        Push(OnTape(ElementType(assign.Array), element));
                    }

                    _writer.Line(element + " = " + _printer.RealBare(assign.Value) + ";");
                    break;
                case IntLet let:
                    _writer.Line("int " + _model.IntNames[let.Id] + " = " + _printer.IntBare(let.Value) + ";");
                    break;
                case IntAssign assign:
                    EmitIntAssignForward(assign, loopDepth);
                    break;
                case ForLoop loop when RunningExtremum.Match(loop) is { } extremum:
                    EmitExtremumForward(extremum, loopDepth, top);
                    break;
                case ForLoop loop when _vectorForward && VectorPlan(loop, loopDepth, top) is { } plan:
                    EmitVectorForward(plan, loopDepth, top);
                    break;
                case ForLoop loop:
                    string variable = _model.IntNames[loop.Variable];
                    string step = loop.Step > 0 ? variable + "++" : variable + "--";
                    using (_writer.Block("for (int " + variable + " = " + _printer.IntBare(loop.Start) + "; " + variable + " "
                        + ExpressionPrinter.Symbol(loop.Operator) + " " + _printer.IntBare(loop.Bound) + "; " + step + ")"))
                    {
                        EmitForward(loop.Body, loopDepth + 1, top);
                    }

                    break;
                case IfStatement branch:
                    bool records = TapePolicy.RecordsBranch(branch);
                    using (_writer.Block("if (" + _printer.Condition(branch.Condition) + ")"))
                    {
                        EmitForward(branch.WhenTrue, loopDepth, top);
                        if (records)
                        {
                            Push(ExpressionPrinter.Literal(_model.ElementType, 1));
                        }
                    }

                    if (records || branch.WhenFalse.Length > 0)
                    {
                        using (_writer.Block("else"))
                        {
                            EmitForward(branch.WhenFalse, loopDepth, top);
                            if (records)
                            {
                                Push(ExpressionPrinter.Literal(_model.ElementType, 0));
                            }
                        }
                    }

                    break;
            }
        }
    }

    /// <summary>A local's value as the tape holds it: a double local of a float row is rounded to float (mixed precision).</summary>
    private string OnTape(LocalInfo local) => OnTape(local.Type, local.Name);

    private void Push(string value)
    {
        if (_recording)
        {
            _writer.Line(_names.Tape + "[" + _names.TapeTop + "++] = " + value + ";");
        }
    }

    private string Pop(RealType type) =>
        (type == _model.ElementType ? string.Empty : "(" + ExpressionPrinter.TypeName(type) + ")") + _names.Tape + "[--" + _names.TapeTop + "]";

    private void EmitReverse(EquatableArray<Statement> statements, int loopDepth, bool redeclareIntegers, int topLevelIndex)
    {
        // Integer locals are recomputed, not taped: a reversed block declares them again first (they depend only on
        // constants, lengths and loop variables, which the reverse loops reproduce).
        if (redeclareIntegers)
        {
            foreach (IntLet let in statements.OfType<IntLet>())
            {
                _writer.Line("int " + _model.IntNames[let.Id] + " = " + _printer.IntBare(let.Value) + ";");
            }
        }

        for (int i = statements.Length - 1; i >= 0; i--)
        {
            Statement statement = statements[i];
            int top = topLevelIndex < 0 ? i : topLevelIndex;
            switch (statement)
            {
                case AssignLocal assign:
                    LocalInfo local = _model.Locals[assign.Local];
                    ReverseAssignment(statement.Source, local.Type, _adjointLocals.Contains(assign.Local) ? _names.LocalAdjoints[assign.Local] : null, local.Name,
                        _policy.RecordsOverwrittenValue(assign, loopDepth, top) ? local.Name + " = " + Pop(local.Type) + ";" : null, assign.Value, loopDepth,
                        declaresTarget: assign.IsDeclaration);
                    break;
                case AssignElement assign:
                    string index = _printer.IntBare(assign.Index);
                    RealType type = ElementType(assign.Array);
                    bool restores = _policy.RecordsOverwrittenValue(assign, loopDepth, top);
                    string written = _names.ArrayName(assign.Array) + "[" + index + "]";
                    if (restores && _afterViews.TryGetValue(assign.Array, out string? after))
                    {
                        // A tape view: the old value is already where the span reads it; the new one is in the kept view
                        // or computed again from the old one.
                        written = after is null ? _printer.Real(assign.Value) : after + "[" + index + "]";
                        restores = false;
                    }

                    ReverseAssignment(statement.Source, type, _names.AdjointName(assign.Array) + "[" + index + "]",
                        written,
                        restores ? _names.ArrayName(assign.Array) + "[" + index + "] = " + Pop(type) + ";" : null,
                        assign.Value, loopDepth, declaresTarget: false);
                    break;
                case IntAssign assign:
                    EmitIntAssignReverse(assign, loopDepth);
                    break;
                case ForLoop loop when RunningExtremum.Match(loop) is { } extremum:
                    EmitExtremumReverse(extremum, loopDepth, top);
                    break;
                case ForLoop loop when VectorPlan(loop, loopDepth, top) is { } plan:
                    EmitVectorReverse(plan, loopDepth, top);
                    break;
                case ForLoop loop:
                    _writer.Comment("reverses: " + loop.Source);
                    using (_writer.Block(ReverseLoopHeader(loop)))
                    {
                        EmitReverse(loop.Body, loopDepth + 1, redeclareIntegers: true, top);
                    }

                    break;
                case IfStatement branch:
                    _writer.Comment("reverses: " + branch.Source + (TapePolicy.RecordsBranch(branch) ? " (the branch taken is on the tape)" : string.Empty));
                    string condition = TapePolicy.RecordsBranch(branch)
                        ? _names.Tape + "[--" + _names.TapeTop + "] != " + ExpressionPrinter.Literal(_model.ElementType, 0)
                        : _printer.Condition(branch.Condition);
                    using (_writer.Block("if (" + condition + ")"))
                    {
                        EmitReverse(branch.WhenTrue, loopDepth, redeclareIntegers: true, top);
                    }

                    if (branch.WhenFalse.Length > 0)
                    {
                        using (_writer.Block("else"))
                        {
                            EmitReverse(branch.WhenFalse, loopDepth, redeclareIntegers: true, top);
                        }
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// target = value, reversed: take the target's adjoint, zero it (the old value is independent of the new one),
    /// restore the old value from the tape, then pass the adjoint on to what the value read. A constant still zeroes
    /// the adjoint wherever the target may have held an earlier value: inside a loop (the previous iteration's) and in
    /// any store that is not the declaration of a local (<c>y[i] = x[i] * x[i]</c> … <c>y[n - 1] = 0;</c> — the square
    /// of <c>x[n − 1]</c> no longer reaches the output, so <c>dy[n − 1]</c> must not reach it either).
    /// </summary>
    private void ReverseAssignment(string source, RealType type, string? adjoint, string target, string? restore, RealExpr value, int loopDepth, bool declaresTarget)
    {
        // No adjoint: a local only conditions read, whose adjoint would be assigned and never read (CS0219).
        bool differentiable = adjoint is not null && !IsConstant(value);
        if (!differentiable && restore is null && (adjoint is null || (loopDepth == 0 && declaresTarget)))
        {
            return; // a local declared as a constant: no earlier value to restore or to cut off, nothing to pass on
        }

        _writer.Comment("reverses: " + source);
        using (_writer.Block())
        {
            string? stored = null;
            if (differentiable)
            {
                _writer.Line(ExpressionPrinter.TypeName(type) + " " + _names.Seed + " = " + adjoint + ";");
                if (AdjointWriter.NeedsOwnValue(value))
                {
                    // The target still holds the value the statement computed: reuse it instead of recomputing (exp…).
                    stored = _names.Temporary("v");
                    _writer.Line(ExpressionPrinter.TypeName(type) + " " + stored + " = " + target + ";");
                }
            }

            if (adjoint is not null)
            {
                _writer.Line(adjoint + " = " + ExpressionPrinter.Literal(type, 0) + ";");
            }

            if (restore is not null)
            {
                _writer.Line(restore);
            }

            if (differentiable)
            {
                _adjoints.Propagate(value, _names.Seed, stored);
            }
        }
    }

    /// <summary>True when <paramref name="value"/> reads no real local and no span element (its adjoint goes nowhere).</summary>
    private static bool IsConstant(RealExpr value) => value switch
    {
        RealConstant or IntToReal or RealTableRead or RealStaticRead => true,
        RealNegate negate => IsConstant(negate.Operand),
        RealConvert convert => IsConstant(convert.Operand),
        RealBinary binary => IsConstant(binary.Left) && IsConstant(binary.Right),
        MathCall call => call.Arguments.All(IsConstant),
        RealChoose choose => IsConstant(choose.WhenTrue) && IsConstant(choose.WhenFalse),
        _ => false,
    };

    /// <summary>The same iterations in the opposite order.</summary>
    private string ReverseLoopHeader(ForLoop loop)
    {
        string v = _model.IntNames[loop.Variable];
        string start = _printer.IntBare(loop.Start);
        string bound = _printer.Int(loop.Bound);
        return (loop.Step, loop.Operator) switch
        {
            (> 0, CompareOperator.Less) => "for (int " + v + " = " + bound + " - 1; " + v + " >= " + start + "; " + v + "--)",
            (> 0, _) => "for (int " + v + " = " + _printer.IntBare(loop.Bound) + "; " + v + " >= " + start + "; " + v + "--)",
            (_, CompareOperator.Greater) => "for (int " + v + " = " + bound + " + 1; " + v + " <= " + start + "; " + v + "++)",
            _ => "for (int " + v + " = " + _printer.IntBare(loop.Bound) + "; " + v + " <= " + start + "; " + v + "++)",
        };
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Locals the statements assign or read (others are never declared: an unused local would warn).</summary>
    /// <summary>Real locals the body assigns or reads; with <paramref name="valuesOnly"/>, those read by values (not by conditions).</summary>
    private static HashSet<int> UsedLocals(EquatableArray<Statement> statements, bool valuesOnly)
    {
        var used = new HashSet<int>();
        void Visit(EquatableArray<Statement> list)
        {
            foreach (Statement statement in list)
            {
                switch (statement)
                {
                    case AssignLocal assign:
                        if (!valuesOnly)
                        {
                            used.Add(assign.Local);
                        }

                        VisitReal(assign.Value);
                        break;
                    case AssignElement assign:
                        VisitReal(assign.Value);
                        break;
                    case ForLoop loop:
                        Visit(loop.Body);
                        break;
                    case IfStatement branch:
                        if (!valuesOnly)
                        {
                            VisitCondition(branch.Condition);
                        }

                        Visit(branch.WhenTrue);
                        Visit(branch.WhenFalse);
                        break;
                }
            }
        }

        void VisitCondition(Condition condition)
        {
            switch (condition)
            {
                case RealCompare compare:
                    VisitReal(compare.Left);
                    VisitReal(compare.Right);
                    break;
                case Logical logical:
                    VisitCondition(logical.Left);
                    VisitCondition(logical.Right);
                    break;
                case Not not:
                    VisitCondition(not.Operand);
                    break;
            }
        }

        void VisitReal(RealExpr expression)
        {
            switch (expression)
            {
                case RealLocal local:
                    used.Add(local.Id);
                    break;
                case RealChoose choose when !valuesOnly:
                    VisitCondition(choose.Condition);
                    break;
            }

            foreach (RealExpr operand in RealOperands.Of(expression))
            {
                VisitReal(operand);
            }
        }

        Visit(statements);
        return used;
    }

    /// <summary>Each learnable parameter as a read-only span and its gradient as a span, in declaration order.</summary>
    /// <summary>
    /// Zeroes a local buffer bound to reused memory (scratch, a record), as the user's <c>stackalloc</c> or <c>new T[n]</c> is
    /// zeroed for every row: a row that adds into its buffer must not start from the previous row's values.
    /// </summary>
    private void EmitFreshBuffer(BufferInfo buffer) =>
        _writer.Line(buffer.Name + ".Clear(); // zeroed for every row, as the user's stackalloc or new " + ExpressionPrinter.TypeName(buffer.Type) + "[n] is");

    private void AddParameterSpans(List<string> parameters, string readOnlySpan, string span)
    {
        for (int i = 0; i < _model.Parameters.Length; i++)
        {
            parameters.Add(readOnlySpan + " " + _model.Parameters[i].Name);
            parameters.Add(span + " " + _names.ParameterGradients[i]);
        }
    }

    private RealType ElementType(ArrayRef array) => array.Kind == ArrayKind.Buffer ? _model.Buffers[array.Index].Type : _model.ElementType;
}
