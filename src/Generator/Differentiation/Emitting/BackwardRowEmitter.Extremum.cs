using LayerGen.Differentiation.Ir;

namespace LayerGen.Differentiation.Emitting;

// A running maximum or minimum (RunningExtremum): the forward keeps the loop variable of the last iteration that took
// the branch and tapes that one index; the reverse sends the extremum's adjoint to the value read at that iteration.
// O(1) tape and O(1) reverse instead of a branch flag and an old value per iteration.

internal sealed partial class BackwardRowEmitter
{
    private void EmitExtremumForward(RunningExtremum extremum, int loopDepth, int topLevelIndex)
    {
        AssignLocal assign = extremum.Assignment;
        LocalInfo local = _model.Locals[assign.Local];
        if (_policy.RecordsOverwrittenValue(assign, loopDepth + 1, topLevelIndex))
        {
            Push(OnTape(local));
        }

        // The iteration is kept only where the reverse sweep reads it: where it skips the loop, the forward writes
        // nothing (and the tape has no slot for it: UnreadIterationEntries).
        string? index = _recording && IndexIsRead(assign, loopDepth, topLevelIndex) ? _names.Temporary("at") : null;
        if (_vectorForward && ExtremumLanes(extremum) is { } lanes)
        {
            if (index is not null)
            {
                EmitVectorExtremumForward(extremum, lanes.Arrays, lanes.ReadLocals, index);
            }
            else
            {
                EmitValueExtremumForward(extremum, lanes.Arrays, lanes.ReadLocals);
            }
        }
        else
        {
            EmitScalarExtremumForward(extremum, index);
        }

        if (index is not null)
        {
            Push(_model.ElementType == RealType.Float ? "global::System.BitConverter.Int32BitsToSingle(" + index + ")" : index);
        }
    }

    /// <summary>
    /// False when the reverse sweep skips the loop (its extremum's adjoint is zero, ShiftInvariance, and nothing restores
    /// its old value): then nobody reads the taped iteration.
    /// </summary>
    private bool IndexIsRead(AssignLocal assign, int loopDepth, int topLevelIndex) =>
        !_maximumShift.AdjointIsZero(assign.Local) || _policy.RecordsOverwrittenValue(assign, loopDepth + 1, topLevelIndex);

    // index: the local that keeps the last iteration that took the branch, or null when nobody reads it.
    /// <summary>
    /// The tape entries TapeSizer counts for iterations nobody reads: one per top-level running maximum or minimum whose
    /// reverse is skipped (only a top-level loop's extremum can have a zero adjoint, MaximumShift).
    /// </summary>
    private int UnreadIterationEntries()
    {
        int entries = 0;
        for (int index = 0; index < _model.Body.Length; index++)
        {
            if (_model.Body[index] is ForLoop loop && RunningExtremum.Match(loop) is { } extremum && !IndexIsRead(extremum.Assignment, 0, index))
            {
                entries++;
            }
        }

        return entries;
    }

    private void EmitScalarExtremumForward(RunningExtremum extremum, string? index)
    {
        ForLoop loop = extremum.Loop;
        AssignLocal assign = extremum.Assignment;
        var branch = (IfStatement)loop.Body[0];
        LocalInfo local = _model.Locals[assign.Local];
        string variable = _model.IntNames[loop.Variable];
        if (index is not null)
        {
            _writer.Line("int " + index + " = -1; // the last iteration that took the branch (-1: none)");
        }

        string step = loop.Step > 0 ? variable + "++" : variable + "--";
        using (_writer.Block("for (int " + variable + " = " + _printer.IntBare(loop.Start) + "; " + variable + " "
            + ExpressionPrinter.Symbol(loop.Operator) + " " + _printer.IntBare(loop.Bound) + "; " + step + ")"))
        {
            using (_writer.Block("if (" + _printer.Condition(branch.Condition) + ")"))
            {
                _writer.Line(local.Name + " = " + _printer.RealBare(assign.Value) + ";");
                if (index is not null)
                {
                    _writer.Line(index + " = " + variable + ";");
                }
            }
        }
    }

    private void EmitExtremumReverse(RunningExtremum extremum, int loopDepth, int topLevelIndex)
    {
        ForLoop loop = extremum.Loop;
        AssignLocal assign = extremum.Assignment;
        LocalInfo local = _model.Locals[assign.Local];
        _writer.Comment("reverses: " + loop.Source);
        if (!IndexIsRead(assign, loopDepth, topLevelIndex))
        {
            _writer.Comment("(nothing to pass on: the output does not depend on " + local.Name + " — it enters as the shift of exp(… − "
                + local.Name + ") terms whose scale cancels in a ratio, or of a log-sum-exp — so its adjoint is zero; the forward kept no "
                + "iteration for it)");
            return;
        }

        _writer.Comment("(a running extremum: only the iteration that set " + local.Name + " last matters; its index is on the tape)");
        using (_writer.Block())
        {
            string index = _names.Temporary("at");
            string top = _names.Tape + "[--" + _names.TapeTop + "]";
            _writer.Line("int " + index + " = " + (_model.ElementType == RealType.Float
                ? "global::System.BitConverter.SingleToInt32Bits(" + top + ")"
                : "(int)" + top) + ";");
            using (_writer.Block("if (" + index + " >= 0)"))
            {
                _writer.Line("int " + _model.IntNames[loop.Variable] + " = " + index + ";");
                ReverseAssignment(assign.Source, local.Type, _adjointLocals.Contains(assign.Local) ? _names.LocalAdjoints[assign.Local] : null, local.Name, restore: null, assign.Value, loopDepth + 1, declaresTarget: false);
            }

            if (_policy.RecordsOverwrittenValue(assign, loopDepth + 1, topLevelIndex))
            {
                _writer.Line(local.Name + " = " + Pop(local.Type) + "; // its value before the loop");
            }
        }
    }
}
