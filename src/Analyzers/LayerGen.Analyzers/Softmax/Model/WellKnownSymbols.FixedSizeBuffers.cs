using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Fixed-size buffers of unsafe structs (<c>public fixed double Probs[12];</c>): the field's type is the element pointer
/// (<c>double*</c>), yet it holds a row of numbers inside each struct value, like a <c>double[] Probs</c> member. A struct
/// holding one is a record (<see cref="IsRecord"/>), so an array or span of such structs is a buffer of records whose
/// elements each own their fixed buffer (SoftmaxModel.FixedSizeBuffers.cs).
/// </summary>
internal sealed partial class WellKnownSymbols
{
    /// <summary>An instance fixed-size buffer field of numbers.</summary>
    public static bool IsNumericFixedSizeBuffer(ISymbol? member) =>
        member is IFieldSymbol { IsFixedSizeBuffer: true, IsStatic: false, Type: IPointerTypeSymbol { PointedAtType: var element } } && IsNumeric(element);
}
