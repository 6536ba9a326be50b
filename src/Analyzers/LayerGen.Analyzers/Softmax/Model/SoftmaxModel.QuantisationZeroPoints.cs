using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// The zero point of quantised logits is no shift. A quantised value <c>q</c> (an <c>sbyte</c>, <c>byte</c>, <c>short</c>
/// or <c>ushort</c>) stands for the real <c>(q − zp) · scale</c>; its zero point <c>zp</c> is a quantisation parameter
/// (an <c>int</c> by convention, TFLite's <c>zero_point</c>) handed in from outside the data, not a maximum of it. So
/// <c>q - zp</c> with <c>zp</c> a wider-integer parameter or field of no data is the dequantisation's difference, read
/// as the logits themselves (then bounded only as IntegerRangeBounds.cs proves, else raw: LG0003). A maximum of the
/// quantised data holds a value of the element's own type or is computed here (<c>sbyte maxInRow</c> folded in the
/// method, TFLite's <c>q - maxInRow</c>; an <c>sbyte qMax</c> parameter): it stays a possible shift, as does anything
/// subtracted from a float, an <c>int</c> accumulator or a computed value.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// True when <paramref name="subtrahend"/> (the caller's argument for a helper's parameter) is the zero point of the
    /// quantised value <paramref name="minuend"/> (see the type's summary): a parameter or field of an integral type wider
    /// than the minuend's, not a constant, holding no data (<paramref name="subtracted"/> has no raw roots).
    /// </summary>
    private bool IsQuantisationZeroPoint(IOperation minuend, IOperation subtrahend, ValueFacts subtracted)
    {
        if (QuantisedWidth(Unwrap(minuend)?.Type) is not { } elementWidth || subtracted.RawRoots.Count > 0)
        {
            return false;
        }

        var zeroPoint = CallerOperand(subtrahend);
        return zeroPoint is IParameterReferenceOperation or IFieldReferenceOperation && !zeroPoint.ConstantValue.HasValue
            && zeroPoint.Type?.SpecialType is SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64
            && (zeroPoint.Type.SpecialType is SpecialType.System_Int32 or SpecialType.System_UInt32 ? 32 : 64) > elementWidth;
    }

    /// <summary>The bit width of a quantised element type (8 or 16), or null for any other type.</summary>
    private static int? QuantisedWidth(ITypeSymbol? type) =>
        type?.SpecialType switch
        {
            SpecialType.System_SByte or SpecialType.System_Byte => 8,
            SpecialType.System_Int16 or SpecialType.System_UInt16 => 16,
            _ => null,
        };
}
