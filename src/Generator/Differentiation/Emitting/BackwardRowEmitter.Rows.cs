using System;
using System.Collections.Generic;

namespace LayerGen.Differentiation.Emitting;

// The backward from the records walks the batch itself (BackwardRowsFromTape): one call per batch, the row body inline
// in the loop, each row's x, record, dy and dx a view at a fixed offset of the batch spans. A call per row cost ~58
// instructions at rows of 64 (four slices with their range checks, five spans passed, spills around the call), and the
// JIT does not inline a row method of this size, AggressiveInlining or not. The batch spans are cut to the rows they
// hold once, before the loop, so every row view lies inside them.

internal sealed partial class BackwardRowEmitter
{
    private const string Marshal = "global::System.Runtime.InteropServices.MemoryMarshal";
    private const string Unsafe = "global::System.Runtime.CompilerServices.Unsafe";

    /// <summary>
    /// Writes <c>private static void name(xRows, tapeRows, dyRows, dxRows, parameters and their gradients…, scratch, rows)</c>:
    /// the batch spans cut to <c>rows</c> rows, then a loop over the rows that binds the row spans under the names the row
    /// body uses (x, tape, dy, dx) and writes the body with <paramref name="emitRow"/>.
    /// </summary>
    private void EmitRowsMethod(string name, int recordLength, Action emitRow)
    {
        string readOnlySpan = "global::System.ReadOnlySpan<" + _element + ">";
        string span = "global::System.Span<" + _element + ">";
        string inputs = Count(_model.Inputs), outputs = Count(_model.Outputs), record = Count(recordLength);
        var parameters = new List<string>
        {
            readOnlySpan + " " + _names.InputRows,
            span + " " + _names.TapeRows,
            readOnlySpan + " " + _names.OutputGradientRows,
            span + " " + _names.InputGradientRows,
        };
        AddParameterSpans(parameters, readOnlySpan, span);

        parameters.Add(span + " " + _names.Scratch);
        parameters.Add("int " + _names.Rows);
        using (_writer.Method("private static void " + name, parameters.ToArray()))
        {
            string rows = _names.Rows, row = _names.Row, step = _names.InputGradientStep;
            _writer.Comment("The batch spans cut once to the rows they hold (the batch method checked the lengths): each row below is a view "
                + "inside them at a fixed offset, without a slice and its range check per row.");
            _writer.Line(_names.InputRows + " = " + _names.InputRows + ".Slice(0, " + rows + " * " + inputs + ");");
            _writer.Line(_names.TapeRows + " = " + _names.TapeRows + ".Slice(0, " + rows + " * " + record + ");");
            _writer.Line(_names.OutputGradientRows + " = " + _names.OutputGradientRows + ".Slice(0, " + rows + " * " + outputs + ");");
            _writer.Comment("A step of 0: the caller needs no input gradient and passes one row that every row overwrites.");
            _writer.Line("int " + step + " = " + _names.InputGradientRows + ".Length >= " + rows + " * " + inputs + " ? " + inputs + " : 0;");
            _writer.Line(_names.InputGradientRows + " = " + _names.InputGradientRows + ".Slice(0, " + step + " == 0 ? " + inputs + " : " + rows + " * " + inputs + ");");
            var bindings = new (string Type, string Name, string Create, string Batch, string Offset, string Length)[]
            {
                (readOnlySpan, _model.InputName, "CreateReadOnlySpan", _names.InputRows, row + " * " + inputs, inputs),
                (span, _names.Tape, "CreateSpan", _names.TapeRows, row + " * " + record, record),
                (readOnlySpan, _names.OutputGradient, "CreateReadOnlySpan", _names.OutputGradientRows, row + " * " + outputs, outputs),
                (span, _names.InputGradient, "CreateSpan", _names.InputGradientRows, row + " * " + step, inputs),
            };
            var starts = new string[bindings.Length];
            for (int i = 0; i < bindings.Length; i++)
            {
                starts[i] = _names.Temporary(bindings[i].Batch + "Start");
                _writer.Line("ref " + _element + " " + starts[i] + " = ref " + Marshal + ".GetReference(" + bindings[i].Batch + ");");
            }

            using (_writer.Block("for (int " + row + " = 0; " + row + " < " + rows + "; " + row + "++)"))
            {
                _writer.Comment("This row: views with compile-time lengths (the JIT folds loop bounds and range checks on them).");
                for (int i = 0; i < bindings.Length; i++)
                {
                    var (type, view, create, _, offset, length) = bindings[i];
                    _writer.Line(type + " " + view + " = " + Marshal + "." + create + "(");
                    using (_writer.Indent())
                    {
                        _writer.Line("ref " + Unsafe + ".Add(ref " + starts[i] + ", " + offset + "), " + length + ");");
                    }
                }

                _writer.Line();
                emitRow();
            }
        }
    }
}
