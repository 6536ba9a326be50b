using System.Globalization;
using LayerGen.Validation;

namespace LayerGen.Generator.Emitting;

/// <summary>
/// Spellings that depend on the element type (<c>float</c> or <c>double</c>) of the generated code: fully qualified in
/// the user's class (<c>Global…</c>), short in the generated helper namespace, which has its own <c>using</c> directives.
/// </summary>
internal sealed class NumericType
{
    public static readonly NumericType Float = new("float", "MathF", "f", 8);
    public static readonly NumericType Double = new("double", "Math", "d", 4);

    private readonly string _suffix;

    private NumericType(string name, string math, string suffix, int lanes)
    {
        Name = name;
        Math = math;
        _suffix = suffix;
        Lanes = lanes;
    }

    /// <summary><c>float</c> or <c>double</c>.</summary>
    public string Name { get; }

    /// <summary>The class with <c>Exp</c> and <c>Log</c> for this type (<c>MathF</c> or <c>Math</c>).</summary>
    public string Math { get; }

    /// <summary>Elements per <c>Vector256</c>.</summary>
    public int Lanes { get; }

    public string GlobalSpan => "global::System.Span<" + Name + ">";

    public string GlobalReadOnlySpan => "global::System.ReadOnlySpan<" + Name + ">";

    public string Span => "Span<" + Name + ">";

    public string ReadOnlySpan => "ReadOnlySpan<" + Name + ">";

    public string Vector => "Vector256<" + Name + ">";

    public string NegativeInfinity => Name + ".NegativeInfinity";

    public static NumericType Of(ElementPrecision precision) => precision == ElementPrecision.Double ? Double : Float;

    /// <summary>A literal of this type, written with the invariant culture (<c>1f</c>, <c>0.5d</c>).</summary>
    public string Literal(double value) =>
        (Name == "float" ? ((float)value).ToString("R", CultureInfo.InvariantCulture) : value.ToString("R", CultureInfo.InvariantCulture)) + _suffix;
}
