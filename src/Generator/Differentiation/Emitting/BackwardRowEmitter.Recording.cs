using System.Collections.Generic;
using System.Linq;
using LayerGen.Differentiation.Ir;
using LayerGen.Generator.Model;

namespace LayerGen.Differentiation.Emitting;

// The recording pair, for a layer whose Forward runs before its Backward on the same rows (a network's training step):
// ForwardRowsRecording is the user's forward writing y and, on the side, everything the reverse sweep needs (the tape,
// the final values of the locals, y and the local buffers: the "record"); BackwardRowsFromTape is the reverse sweep
// alone, starting from that record, so the forward is not run twice. It only reads the record: the tape is read from
// its top down, the locals are copied into locals, and y or a buffer that the sweep restores values into is copied into
// scratch first (others are read in place), so one record serves any number of backward calls.

internal sealed partial class BackwardRowEmitter
{
    /// <summary>
    /// True when the pair is emitted: always for double; for float while the tape position (stored in the record as a
    /// float) stays exact, below 2^24.
    /// </summary>
    public static bool EmitsRecording(ForwardRowModel model) => model.ElementType == RealType.Double || model.TapeLength < (1 << 24);

    /// <summary>
    /// Elements of one row's record: the tape, the tape position, each used local's and reassigned integer's final value,
    /// y (unless <see cref="RecordsOutput"/> says nobody reads it) and the buffers.
    /// </summary>
    private int RecordLength() =>
        _tapeLength + 1 + _usedLocals.Count + _mutableInts.Count + (RecordsOutput() ? _model.Outputs : 0) + _model.Buffers.Sum(StorageLength);

    /// <summary>
    /// Elements of scratch <c>BackwardRowsFromTape</c> needs: the adjoints of y and of each buffer, then a copy of y and of
    /// each buffer that the reverse sweep restores values into.
    /// </summary>
    private int FromTapeScratchLength() => _model.Outputs + _model.Buffers.Sum(StorageLength) + CopiedLength(_model, CopiedArrays());

    /// <summary>The spans the reverse sweep restores values into one by one (not by tape views): it works on copies.</summary>
    private HashSet<ArrayRef> CopiedArrays()
    {
        HashSet<ArrayRef> copied = RestoredArrays(_model);
        copied.ExceptWith(_tapeViews);
        return copied;
    }

    /// <summary>The spans some assignment records (and the reverse sweep restores) old values of.</summary>
    private static HashSet<ArrayRef> RestoredArrays(ForwardRowModel model)
    {
        var policy = new TapePolicy(model);
        var restored = new HashSet<ArrayRef>();
        void Visit(EquatableArray<Statement> statements, int loopDepth, int topLevelIndex)
        {
            for (int index = 0; index < statements.Length; index++)
            {
                int top = topLevelIndex < 0 ? index : topLevelIndex;
                switch (statements[index])
                {
                    case AssignElement assign when policy.RecordsOverwrittenValue(assign, loopDepth, top):
                        restored.Add(assign.Array);
                        break;
                    case ForLoop loop:
                        Visit(loop.Body, loopDepth + 1, top);
                        break;
                    case IfStatement branch:
                        Visit(branch.WhenTrue, loopDepth, top);
                        Visit(branch.WhenFalse, loopDepth, top);
                        break;
                }
            }
        }

        Visit(model.Body, 0, -1);
        return restored;
    }

    private void EmitRecordingMembers()
    {
        string readOnlySpan = "global::System.ReadOnlySpan<" + _element + ">";
        string span = "global::System.Span<" + _element + ">";
        int[] locals = _usedLocals.OrderBy(i => i).ToArray();
        int tapeTopSlot = _tapeLength;
        int localsStart = tapeTopSlot + 1;
        int intsStart = localsStart + locals.Length;
        int outputStart = intsStart + _mutableInts.Count;
        bool recordsOutput = RecordsOutput();
        int bufferStart = outputStart + (recordsOutput ? _model.Outputs : 0);
        int recordLength = RecordLength();

        _writer.Doc("summary", "Elements of the record <c>ForwardRowsRecording</c> writes for one row: the tape (" + Count(_tapeLength)
            + "), its position, the final values of the locals, " + (recordsOutput ? "the output row " : string.Empty) + "and the local buffers"
            + (recordsOutput ? string.Empty : " (not the output row: the reverse sweep computes what it reads of it from the tape)") + ".");
        _writer.Line("private const int BackwardTapeLength = " + Count(recordLength) + ";");
        _writer.Line();
        _writer.Doc("summary", "Elements of scratch each row of <c>BackwardRowsFromTape</c> needs: the adjoints of the output row and of the local buffers, "
            + "then a copy of those the reverse sweep restores values into.");
        _writer.Line("private const int BackwardFromTapeScratchLength = " + Count(FromTapeScratchLength()) + ";");
        _writer.Line();

        // ForwardRowsRecording(xRows, yRows, tapeRows, parameters…, rows)
        _writer.Doc("summary", "<c>ForwardRow</c> on each of <paramref name=\"" + _names.Rows + "\"/> rows that also writes into <paramref name=\""
            + _names.TapeRows + "\"/> (<c>BackwardTapeLength</c> elements per row) what <c>BackwardRowsFromTape</c> needs.");
        RowView[] forwardViews =
        [
            new(writable: false, _names.InputRows, _model.InputName, Count(_model.Inputs)),
            new(writable: true, _names.OutputRows, _model.OutputName, Count(_model.Outputs)),
            new(writable: true, _names.TapeRows, _names.Tape, Count(recordLength)),
        ];
        EmitRowsMethod(Validation.GeneratedNames.ForwardRowsRecording, forwardViews, _model.Parameters.Select(p => readOnlySpan + " " + p.Name), () => { }, () =>
        {
            _writer.Line("int " + _names.TapeTop + " = 0;");
            int offset = bufferStart;
            foreach (BufferInfo buffer in _model.Buffers)
            {
                _writer.Line(BufferSpanType(buffer) + " " + buffer.Name + " = " + BufferSlice(_names.Tape, offset, buffer) + ";");
                EmitFreshBuffer(buffer);
                offset += StorageLength(buffer);
            }

            DeclareLocals(locals, adjoints: false);
            DeclareMutableInts();
            _writer.Line();
            EmitForward(_model.Body, loopDepth: 0, topLevelIndex: -1);
            _writer.Line();
            _writer.Comment("The state the reverse sweep starts from: tape position, final locals" + (recordsOutput ? ", output row" : string.Empty)
                + " (buffers are in place).");
            _writer.Line(_names.Tape + "[" + Count(tapeTopSlot) + "] = " + IntToTape(_names.TapeTop) + ";");
            for (int i = 0; i < locals.Length; i++)
            {
                _writer.Line(_names.Tape + "[" + Count(localsStart + i) + "] = " + OnTape(_model.Locals[locals[i]]) + ";");
            }

            for (int i = 0; i < _mutableInts.Count; i++)
            {
                _writer.Line(_names.Tape + "[" + Count(intsStart + i) + "] = " + IntToTape(_model.IntNames[_mutableInts[i]]) + ";");
            }

            if (recordsOutput)
            {
                _writer.Line(_model.OutputName + ".CopyTo(" + _names.Tape + ".Slice(" + Count(outputStart) + ", " + Count(_model.Outputs) + "));");
            }
        });

        _writer.Line();

        // BackwardRowsFromTape(xRows, tapeRows, dyRows, dxRows, parameters and gradients…, scratch, rows)
        _writer.Doc("summary", "The reverse sweep of <c>BackwardRowsFromInputs</c> for each of <paramref name=\"" + _names.Rows + "\"/> rows, from the records "
            + "<c>ForwardRowsRecording</c> wrote for the same rows and parameters (the records are only read): overwrites the input gradients "
            + "and adds the parameters' gradients to theirs. <paramref name=\"" + _names.InputGradientRows + "\"/> holds a row per row, or one "
            + "row that every row overwrites when the caller needs no input gradient.");
        RowView[] backwardViews =
        [
            new(writable: false, _names.InputRows, _model.InputName, Count(_model.Inputs)),
            new(writable: true, _names.TapeRows, _names.Tape, Count(recordLength)),
            new(writable: false, _names.OutputGradientRows, _names.OutputGradient, Count(_model.Outputs)),
            new(writable: true, _names.InputGradientRows, _names.InputGradient, Count(_model.Inputs), sharedRow: true),
        ];
        var backwardParameters = new List<string>();
        AddParameterSpans(backwardParameters, readOnlySpan, span);
        backwardParameters.Add(span + " " + _names.Scratch);
        EmitRowsMethod(Validation.GeneratedNames.BackwardRowsFromTape, backwardViews, backwardParameters, () => { }, () =>
        {
            HashSet<ArrayRef> restored = CopiedArrays();
            int copyOffset = FromTapeScratchLength() - CopiedLength(_model, restored);
            _writer.Line("int " + _names.TapeTop + " = " + IntFromTape(_names.Tape + "[" + Count(tapeTopSlot) + "]") + ";");
            void Bind(BufferInfo stored, int recordOffset, bool copy)
            {
                string slice = BufferSlice(_names.Tape, recordOffset, stored);
                if (copy)
                {
                    // The sweep restores older values into it: work on a copy, the record stays as it is.
                    _writer.Line(BufferSpanType(stored) + " " + stored.Name + " = " + BufferSlice(_names.Scratch, copyOffset, stored) + ";");
                    _writer.Line(slice + ".CopyTo(" + stored.Name + ");");
                    copyOffset += StorageLength(stored);
                }
                else
                {
                    _writer.Line(BufferSpanType(stored) + " " + stored.Name + " = " + slice + ";");
                }
            }

            if (recordsOutput)
            {
                Bind(new BufferInfo(_model.OutputName, _model.ElementType, _model.Outputs), outputStart, restored.Contains(new ArrayRef(ArrayKind.Output, 0)));
            }
            else
            {
                // No reverse step reads the final y: the tape view of its last loop is the first y it reads.
                _writer.Line("global::System.Span<" + _element + "> " + _model.OutputName + " = default;");
            }
            int offset = bufferStart;
            for (int i = 0; i < _model.Buffers.Length; i++)
            {
                Bind(_model.Buffers[i], offset, restored.Contains(new ArrayRef(ArrayKind.Buffer, i)));
                offset += StorageLength(_model.Buffers[i]);
            }

            for (int i = 0; i < locals.Length; i++)
            {
                LocalInfo local = _model.Locals[locals[i]];
                _writer.Line(ExpressionPrinter.TypeName(local.Type) + " " + local.Name + " = " + Pop(local.Type).Replace(
                    _names.Tape + "[--" + _names.TapeTop + "]", _names.Tape + "[" + Count(localsStart + i) + "]") + ";");
            }

            for (int i = 0; i < _mutableInts.Count; i++)
            {
                _writer.Line("int " + _model.IntNames[_mutableInts[i]] + " = " + IntFromTape(_names.Tape + "[" + Count(intsStart + i) + "]") + ";");
            }

            _writer.Line();
            _writer.Comment("Reverse sweep: the adjoint (∂loss/∂value) of every value, from the last statement back to the first.");
            _writer.Line(span + " " + _names.OutputAdjoint + " = " + _names.Scratch + ".Slice(0, " + Count(_model.Outputs) + ");");
            EmitAdjointSetUp(new ArrayRef(ArrayKind.Output, 0));
            offset = _model.Outputs;
            for (int i = 0; i < _model.Buffers.Length; i++)
            {
                _writer.Line(BufferSpanType(_model.Buffers[i]) + " " + _names.BufferAdjoints[i] + " = " + BufferSlice(_names.Scratch, offset, _model.Buffers[i]) + ";");
                EmitAdjointSetUp(new ArrayRef(ArrayKind.Buffer, i));
                offset += StorageLength(_model.Buffers[i]);
            }

            EmitAdjointSetUp(new ArrayRef(ArrayKind.Input, 0));
            DeclareLocals(locals.Where(_adjointLocals.Contains).ToArray(), adjoints: true);
            _writer.Line();

            // The forward's top-level integer locals are not in scope here: declare them first.
            EmitReverse(_model.Body, loopDepth: 0, redeclareIntegers: true, topLevelIndex: -1);
        });
    }

    private static int CopiedLength(ForwardRowModel model, HashSet<ArrayRef> restored) =>
        (restored.Contains(new ArrayRef(ArrayKind.Output, 0)) ? model.Outputs : 0)
        + Enumerable.Range(0, model.Buffers.Length).Where(i => restored.Contains(new ArrayRef(ArrayKind.Buffer, i))).Sum(i => StorageLength(model.ElementType, model.Buffers[i]));

    private void DeclareLocals(int[] locals, bool adjoints)
    {
        foreach (int id in locals)
        {
            LocalInfo local = _model.Locals[id];
            string name = adjoints ? _names.LocalAdjoints[id] : local.Name;
            _writer.Line(ExpressionPrinter.TypeName(local.Type) + " " + name + " = " + ExpressionPrinter.Literal(local.Type, 0) + ";");
        }
    }
}
