using System.Collections.Generic;
using LayerGen.Differentiation.Ir;
using LayerGen.Generator.Model;

namespace LayerGen.Differentiation.Emitting;

// Tape views: a vector loop over the whole of y (or a buffer) that overwrites y[i] once per iteration, such as
// for (int i = 0; i < y.Length; i++) y[i] /= sum;, tapes the old values in iteration order. Its reverse restores
// them into y one by one, and y is then read where they are. Instead, the reverse makes y the tape slice itself
// (`y = tape.Slice(…)`): nothing is copied back, the loops before it read the old values on the tape, and the loop's
// own reverse reads the values it wrote (the derivative of a quotient needs the quotient) through the previous view.
// This holds when every restore of that span is such a loop and the loop touches the span in no other statement;
// BackwardRowsFromTape then reads the recorded y in place instead of copying it into scratch.

internal sealed partial class BackwardRowEmitter
{
    /// <summary>The spans (y, buffers) whose every restore is a whole-span vector loop reversed by a tape view.</summary>
    private HashSet<ArrayRef> FindTapeViews()
    {
        var eligible = new Dictionary<ArrayRef, bool>();
        void Visit(EquatableArray<Statement> statements, int loopDepth, int topLevelIndex, ForLoop? topLevelLoop)
        {
            for (int index = 0; index < statements.Length; index++)
            {
                int top = topLevelIndex < 0 ? index : topLevelIndex;
                switch (statements[index])
                {
                    case AssignElement assign when _policy.RecordsOverwrittenValue(assign, loopDepth, top):
                        bool viewed = assign.Array.Kind is ArrayKind.Output or ArrayKind.Buffer
                            && topLevelLoop is not null
                            && VectorPlan(topLevelLoop, 0, top) is { } plan
                            && plan.Taped.Count == 1 && ReferenceEquals(plan.Taped[0], assign)
                            && CoversWholeSpan(topLevelLoop, assign.Array)
                            && OnlyStatementTouching(topLevelLoop, assign);
                        eligible[assign.Array] = viewed && (!eligible.TryGetValue(assign.Array, out bool before) || before);
                        break;
                    case ForLoop loop when RunningExtremum.Match(loop) is null:
                        Visit(loop.Body, loopDepth + 1, top, loopDepth == 0 ? loop : null);
                        break;
                    case ForLoop loop:
                        Visit(loop.Body, loopDepth + 1, top, null);
                        break;
                    case IfStatement branch:
                        Visit(branch.WhenTrue, loopDepth, top, null);
                        Visit(branch.WhenFalse, loopDepth, top, null);
                        break;
                }
            }
        }

        Visit(_model.Body, 0, -1, null);
        var views = new HashSet<ArrayRef>();
        foreach (KeyValuePair<ArrayRef, bool> entry in eligible)
        {
            if (entry.Value)
            {
                views.Add(entry.Key);
            }
        }

        return views;
    }

    /// <summary>Whether no statement of the loop but <paramref name="assign"/> reads or writes its span.</summary>
    private static bool OnlyStatementTouching(ForLoop loop, AssignElement assign)
    {
        foreach (Statement statement in loop.Body)
        {
            if (ReferenceEquals(statement, assign))
            {
                continue;
            }

            var touches = new HashSet<ArrayRef>();
            AdjointsTouched(statement, touches);
            if (touches.Contains(assign.Array))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Before the reverse of the top-level loop (at <paramref name="topLevelIndex"/>) whose <paramref name="taped"/>
    /// assignment has a tape view: keeps the span's current values in <c>…After</c> when the reverse reads them (not when
    /// it reads none, or computes them again: BackwardRowEmitter.RecomputedWrites.cs) and makes the span the loop's tape
    /// slice (its values before the loop); returns the name of the kept view, or null.
    /// </summary>
    private string? EmitTapeView(AssignElement taped, int topLevelIndex)
    {
        ArrayRef array = taped.Array;
        string name = _names.ArrayName(array);
        int length = Length(array);
        bool readsWritten = TapePolicy.NeedsOwnValue(taped.Value);
        bool recomputed = readsWritten && RecomputesWritten(taped, topLevelIndex);
        string? after = readsWritten && !recomputed ? _names.Temporary(name + "After") : null;
        _writer.Comment(name + " before this loop is the loop's tape slice (one old value per iteration, in order): read it there, "
            + "nothing is restored; " + (after is not null ? "the values the loop wrote stay readable in " + after + "."
                : recomputed ? "the values the loop wrote are computed again from those (the same operations, so the same bits)."
                : "its reverse reads none of the values the loop wrote."));
        if (after is not null)
        {
            _writer.Line("global::System.Span<" + _element + "> " + after + " = " + name + ";");
        }

        _writer.Line(name + " = " + _names.Tape + ".Slice(" + _names.TapeTop + " - " + Count(length) + ", " + Count(length) + ");");
        _writer.Line(_names.TapeTop + " -= " + Count(length) + ";");
        _afterViews[array] = after;
        return after;
    }
}
