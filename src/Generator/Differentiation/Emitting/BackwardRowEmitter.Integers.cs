using LayerGen.Differentiation.Ir;

namespace LayerGen.Differentiation.Emitting;

// Reassigned integer locals (IntegerState): each is declared once at the top of the method; an assignment either is
// inverted in the reverse sweep (k = k + e becomes k = k - e) or pushes the value it overwrites, which the reverse
// pops back. Ints ride on the real tape: converted in double (exact), bit cast in float (exact for every int).

internal sealed partial class BackwardRowEmitter
{
    private void DeclareMutableInts()
    {
        foreach (int id in _mutableInts)
        {
            _writer.Line("int " + _model.IntNames[id] + " = 0;");
        }
    }

    private void EmitIntAssignForward(IntAssign assign, int loopDepth)
    {
        string name = _model.IntNames[assign.Id];
        if (IntegerState.Records(assign, loopDepth))
        {
            Push(IntToTape(name));
        }

        _writer.Line(name + " = " + _printer.IntBare(assign.Value) + ";");
    }

    private void EmitIntAssignReverse(IntAssign assign, int loopDepth)
    {
        string name = _model.IntNames[assign.Id];
        if (IntegerState.Inverse(assign) is { } inverse)
        {
            _writer.Line(name + " = " + _printer.IntBare(inverse) + "; // reverses: " + assign.Source);
        }
        else if (IntegerState.Records(assign, loopDepth))
        {
            _writer.Line(name + " = " + IntFromTape(_names.Tape + "[--" + _names.TapeTop + "]") + "; // reverses: " + assign.Source);
        }
    }

    /// <summary>An int as a tape element.</summary>
    private string IntToTape(string value) =>
        _model.ElementType == RealType.Float ? "global::System.BitConverter.Int32BitsToSingle(" + value + ")" : value;

    /// <summary>A tape element written by <see cref="IntToTape"/> as the int.</summary>
    private string IntFromTape(string element) =>
        _model.ElementType == RealType.Float ? "global::System.BitConverter.SingleToInt32Bits(" + element + ")" : "(int)" + element;
}
