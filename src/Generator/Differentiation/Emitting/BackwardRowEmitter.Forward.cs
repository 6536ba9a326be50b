using System.Collections.Generic;
using System.Linq;
using LayerGen.Differentiation.Ir;
using LayerGen.Generator.Model;

namespace LayerGen.Differentiation.Emitting;

// ForwardRowsVectorized: the user's forward as the engine compiles it for BackwardRow and ForwardRowsRecording, with the
// element-wise loops on Vector256 lanes (BackwardRowEmitter.VectorForward.cs) and nothing recorded, over the rows of a
// batch (BackwardRowEmitter.Rows.cs). The batch Forward calls it instead of the user's ForwardRow when some loop runs on
// lanes, so Forward, the recording forward and the
// forward BackwardRow runs again compute the same values bit for bit (the lanes' sums and exp differ from the user's
// scalar loop in the last bits). Local buffers are stackalloc'ed; a layer whose buffers would not fit on the stack
// keeps the scalar loops everywhere.

internal sealed partial class BackwardRowEmitter
{
    /// <summary>Bytes of local buffers a vectorised forward may stackalloc per row.</summary>
    private const int StackBufferBytes = 16 * 1024;

    /// <summary>Name of the vectorised forward method (it walks the rows of a batch).</summary>
    public const string VectorizedForwardName = Validation.GeneratedNames.ForwardRowsVectorized;

    /// <summary>True when <see cref="Emit"/> writes <see cref="VectorizedForwardName"/> (and the batch Forward should call it).</summary>
    public static bool EmitsVectorizedForward(ForwardRowModel model) =>
        new BackwardRowEmitter(new Generator.Emitting.CodeWriter(), model, recording: false)._vectorForward;

    private static bool BuffersFitOnStack(ForwardRowModel model) =>
        model.Buffers.Sum(b => (long)b.Length * (b.Type == RealType.Float ? 4 : 8)) <= StackBufferBytes;

    /// <summary>Whether some loop of the statements (at any depth) runs on lanes.</summary>
    private bool HasVectorLoop(EquatableArray<Statement> statements, int loopDepth, int topLevelIndex)
    {
        for (int index = 0; index < statements.Length; index++)
        {
            int top = topLevelIndex < 0 ? index : topLevelIndex;
            switch (statements[index])
            {
                case ForLoop loop when RunningExtremum.Match(loop) is { } extremum:
                    if (ExtremumLanes(extremum) is not null)
                    {
                        return true;
                    }

                    break;
                case ForLoop loop when VectorPlan(loop, loopDepth, top) is not null:
                    return true;
                case ForLoop loop when HasVectorLoop(loop.Body, loopDepth + 1, top):
                    return true;
                case IfStatement branch when HasVectorLoop(branch.WhenTrue, loopDepth, top) || HasVectorLoop(branch.WhenFalse, loopDepth, top):
                    return true;
            }
        }

        return false;
    }

    private void EmitVectorizedForwardMember()
    {
        string readOnlySpan = "global::System.ReadOnlySpan<" + _element + ">";
        _writer.Doc("summary", "<c>ForwardRow</c> on each of <paramref name=\"" + _names.Rows + "\"/> rows as LayerGen compiles it for the backward pass: "
            + "the same statements, its element-wise loops on Vector256 lanes (sums added per lane; results may differ from "
            + "<c>ForwardRow</c>'s in the last bits).");
        RowView[] views =
        [
            new(writable: false, _names.InputRows, _model.InputName, Count(_model.Inputs)),
            new(writable: true, _names.OutputRows, _model.OutputName, Count(_model.Outputs)),
        ];
        EmitRowsMethod(VectorizedForwardName, views, _model.Parameters.Select(p => readOnlySpan + " " + p.Name), () =>
        {
            // One stack buffer for all rows (a stackalloc in the loop would grow the stack per row), zeroed per row.
            foreach (BufferInfo buffer in _model.Buffers)
            {
                string type = ExpressionPrinter.TypeName(buffer.Type);
                _writer.Line("global::System.Span<" + type + "> " + buffer.Name + " = stackalloc " + type + "[" + Count(buffer.Length) + "];");
            }
        }, () =>
        {
            foreach (BufferInfo buffer in _model.Buffers)
            {
                EmitFreshBuffer(buffer);
            }

            DeclareLocals(_usedLocals.OrderBy(i => i).ToArray(), adjoints: false);
            DeclareMutableInts();
            _writer.Line();
            EmitForward(_model.Body, loopDepth: 0, topLevelIndex: -1);
        });
    }
}
