using LayerGen.Differentiation.Ir;

namespace LayerGen.Differentiation.Emitting;

// Local buffers of another element type than the row's (a double accumulator in a float row, a float buffer in a
// double row) live in the same scratch and records as the others: their elements are reinterpreted in place with
// MemoryMarshal.Cast, so a double buffer in a float row takes two scratch elements per entry and is recorded exactly
// (bit for bit), and a float buffer in a double row takes half as many (rounded up). Their adjoints are of the
// buffer's own type; a value of the buffer pushed on the tape is converted to the tape's type (as a double local's).

internal sealed partial class BackwardRowEmitter
{
    /// <summary>Elements of the row's type a buffer (or its adjoint) occupies in scratch or a record.</summary>
    internal static int StorageLength(RealType elementType, BufferInfo buffer) =>
        buffer.Type == elementType ? buffer.Length
        : buffer.Type == RealType.Double ? 2 * buffer.Length
        : (buffer.Length + 1) / 2;

    private int StorageLength(BufferInfo buffer) => StorageLength(_model.ElementType, buffer);

    /// <summary>The declared type of a buffer's span (or its adjoint's): <c>global::System.Span&lt;T&gt;</c> of the buffer's type.</summary>
    private static string BufferSpanType(BufferInfo buffer) => "global::System.Span<" + ExpressionPrinter.TypeName(buffer.Type) + ">";

    /// <summary>The buffer's elements at <paramref name="offset"/> of <paramref name="storage"/> (scratch or a record), as a span of the buffer's type.</summary>
    private string BufferSlice(string storage, int offset, BufferInfo buffer)
    {
        string slice = storage + ".Slice(" + Count(offset) + ", " + Count(StorageLength(buffer)) + ")";
        if (buffer.Type == _model.ElementType)
        {
            return slice;
        }

        string cast = "global::System.Runtime.InteropServices.MemoryMarshal.Cast<" + _element + ", " + ExpressionPrinter.TypeName(buffer.Type) + ">(" + slice + ")";
        return buffer.Type == RealType.Float ? cast + ".Slice(0, " + Count(buffer.Length) + ")" : cast;
    }

    /// <summary>A value of <paramref name="type"/> as the tape holds it: converted to the row's type when they differ.</summary>
    private string OnTape(RealType type, string value) => type == _model.ElementType ? value : "(" + ExpressionPrinter.TypeName(_model.ElementType) + ")" + value;
}
