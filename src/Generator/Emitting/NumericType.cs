using System.Globalization;
using LayerGen.Generator.Model;
using LayerGen.Validation;

namespace LayerGen.Generator.Emitting;

/// <summary>Spellings that depend on the element type (<c>float</c> or <c>double</c>) of the generated code.</summary>
internal sealed class NumericType
{
    public static readonly NumericType Float = new("float", "global::System.MathF", "f", 8, 4, "Single");
    public static readonly NumericType Double = new("double", "global::System.Math", "d", 4, 8, "Double");

    private readonly string _suffix;

    private NumericType(string name, string math, string suffix, int lanes, int size, string binaryName)
    {
        Name = name;
        Math = math;
        _suffix = suffix;
        Lanes = lanes;
        Size = size;
        BinaryName = binaryName;
    }

    /// <summary><c>float</c> or <c>double</c>.</summary>
    public string Name { get; }

    /// <summary>The class with <c>Exp</c> and <c>Log</c> for this type.</summary>
    public string Math { get; }

    /// <summary>Elements per <c>Vector256</c>.</summary>
    public int Lanes { get; }

    /// <summary>Bytes per element.</summary>
    public int Size { get; }

    /// <summary><c>Single</c> or <c>Double</c>, as in <c>BinaryPrimitives.WriteSingleLittleEndian</c>.</summary>
    public string BinaryName { get; }

    public string Span => "global::System.Span<" + Name + ">";

    public string ReadOnlySpan => "global::System.ReadOnlySpan<" + Name + ">";

    public string Vector => "global::System.Runtime.Intrinsics.Vector256<" + Name + ">";

    public string NegativeInfinity => Name + ".NegativeInfinity";

    public static NumericType Of(ElementPrecision precision) => precision == ElementPrecision.Double ? Double : Float;

    /// <summary>A literal of this type, written with the invariant culture (<c>1f</c>, <c>0.5d</c>).</summary>
    public string Literal(double value) =>
        (Name == "float" ? ((float)value).ToString("R", CultureInfo.InvariantCulture) : value.ToString("R", CultureInfo.InvariantCulture)) + _suffix;
}
