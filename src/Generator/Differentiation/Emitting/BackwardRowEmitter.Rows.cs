using System;
using System.Collections.Generic;

namespace LayerGen.Differentiation.Emitting;

// The batch methods of the engine walk the batch themselves (ForwardRowsVectorized, ForwardRowsRecording,
// BackwardRowsFromTape): one call per batch, the row body inline in the loop, each row's spans a view at a fixed offset
// of the batch spans. A call per row cost ~58 instructions at rows of 64 in the backward from the records (four slices
// with their range checks, five spans passed, spills around the call). Worse, the JIT may inline a forward row method
// into a batch loop under profile guidance and then run out of inlining budget for the row's own helpers: the vector
// exp became a call per vector with its operands spilled (JIT code of ForwardBatch at rows of 64). So these methods are
// never inlined: each is compiled as a root. The batch spans are cut to the rows they hold once, before the loop, so
// every row view lies inside them.

internal sealed partial class BackwardRowEmitter
{
    private const string Marshal = "global::System.Runtime.InteropServices.MemoryMarshal";
    private const string Unsafe = "global::System.Runtime.CompilerServices.Unsafe";
    private const string NoInlining =
        "[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]";

    /// <summary>
    /// Writes <c>private static void name(the views' batch spans…, further parameters…, rows)</c>: the batch spans cut to
    /// <c>rows</c> rows, <paramref name="beforeRows"/>, then a loop over the rows that binds each row view under the name the
    /// row body uses and writes the body with <paramref name="emitRow"/>.
    /// </summary>
    private void EmitRowsMethod(string name, RowView[] views, IEnumerable<string> furtherParameters, Action beforeRows, Action emitRow)
    {
        var parameters = new List<string>();
        foreach (RowView view in views)
        {
            parameters.Add(SpanType(view.Writable) + " " + view.Batch);
        }

        parameters.AddRange(furtherParameters);
        parameters.Add("int " + _names.Rows);
        _writer.Line(NoInlining);
        using (_writer.Method("private static void " + name, parameters.ToArray()))
        {
            string rows = _names.Rows, row = _names.Row;
            _writer.Comment("The batch spans cut once to the rows they hold (the batch method checked the lengths): each row below is a view "
                + "inside them at a fixed offset, without a slice and its range check per row.");
            var offsets = new string[views.Length];
            for (int i = 0; i < views.Length; i++)
            {
                RowView view = views[i];
                if (view.SharedRow)
                {
                    string step = _names.InputGradientStep;
                    _writer.Comment("A step of 0: the caller needs no input gradient and passes one row that every row overwrites.");
                    _writer.Line("int " + step + " = " + view.Batch + ".Length >= " + rows + " * " + view.Length + " ? " + view.Length + " : 0;");
                    _writer.Line(view.Batch + " = " + view.Batch + ".Slice(0, " + step + " == 0 ? " + view.Length + " : " + rows + " * " + view.Length + ");");
                    offsets[i] = row + " * " + step;
                }
                else
                {
                    _writer.Line(view.Batch + " = " + view.Batch + ".Slice(0, " + rows + " * " + view.Length + ");");
                    offsets[i] = row + " * " + view.Length;
                }
            }

            var starts = new string[views.Length];
            for (int i = 0; i < views.Length; i++)
            {
                starts[i] = _names.Temporary(views[i].Batch + "Start");
                _writer.Line("ref " + _element + " " + starts[i] + " = ref " + Marshal + ".GetReference(" + views[i].Batch + ");");
            }

            beforeRows();
            using (_writer.Block("for (int " + row + " = 0; " + row + " < " + rows + "; " + row + "++)"))
            {
                _writer.Comment("This row: views with compile-time lengths (the JIT folds loop bounds and range checks on them).");
                for (int i = 0; i < views.Length; i++)
                {
                    RowView view = views[i];
                    _writer.Line(SpanType(view.Writable) + " " + view.Name + " = " + Marshal + "." + (view.Writable ? "CreateSpan" : "CreateReadOnlySpan") + "(");
                    using (_writer.Indent())
                    {
                        _writer.Line("ref " + Unsafe + ".Add(ref " + starts[i] + ", " + offsets[i] + "), " + view.Length + ");");
                    }
                }

                _writer.Line();
                emitRow();
            }
        }
    }

    private string SpanType(bool writable) => "global::System." + (writable ? "Span<" : "ReadOnlySpan<") + _element + ">";

    /// <summary>
    /// A batch span of a rows method (parameter <see cref="Batch"/>) and the row view the body reads (<see cref="Name"/>,
    /// <see cref="Length"/> entries); a <see cref="SharedRow"/> span may hold one row that every row overwrites.
    /// </summary>
    private sealed class RowView
    {
        public RowView(bool writable, string batch, string name, string length, bool sharedRow = false)
        {
            Writable = writable;
            Batch = batch;
            Name = name;
            Length = length;
            SharedRow = sharedRow;
        }

        public bool Writable { get; }

        public string Batch { get; }

        public string Name { get; }

        public string Length { get; }

        public bool SharedRow { get; }
    }
}
