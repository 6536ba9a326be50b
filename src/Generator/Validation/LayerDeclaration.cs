// Compiled into both LayerGen.Generator and LayerGen.Analyzers.
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;

namespace LayerGen.Validation;

/// <summary>
/// What the user wrote on one class: its layer attributes in source order and its <c>[LayerOptions]</c>, read by
/// <see cref="LayerAttributeReader"/>. Holds Roslyn objects, so it lives only during validation.
/// </summary>
/// <param name="Type">The class.</param>
/// <param name="Layers">Layer attributes in source order (across partial declarations: in declaration order).</param>
/// <param name="Options">The <c>[LayerOptions]</c> attribute, or <see langword="null"/>.</param>
/// <param name="Differentiable">The <c>[DifferentiableLayer]</c> attribute, or <see langword="null"/>.</param>
/// <param name="IsBroken">
/// An attribute has a missing or wrongly typed argument, or is a look-alike with other parameters: a compiler error is
/// already reported and nothing is generated.
/// </param>
internal sealed record LayerDeclaration(
    INamedTypeSymbol Type,
    ImmutableArray<LayerAttribute> Layers,
    OptionsAttribute? Options,
    DifferentiableAttribute? Differentiable,
    bool IsBroken)
{
    /// <summary>The class name as declared (without <c>@</c>).</summary>
    public string TypeName => Type.Name;

    /// <summary>Where diagnostics about the class as a whole go: its (first) identifier.</summary>
    public Location TypeLocation => Type.Locations.Length > 0 ? Type.Locations[0] : Location.None;
}

/// <summary>One layer attribute: its kind, its integer arguments and where it is written.</summary>
/// <param name="Kind">Which layer.</param>
/// <param name="Arguments">Constructor arguments (sizes); empty when the attribute is broken.</param>
/// <param name="Data">The attribute as Roslyn sees it (used to find its declaration).</param>
/// <param name="Location">The attribute's syntax, or the class when it has none.</param>
/// <param name="Target">For <c>[Layer&lt;T&gt;]</c>: <c>T</c>; otherwise <see langword="null"/>.</param>
internal sealed record LayerAttribute(LayerKind Kind, ImmutableArray<int> Arguments, AttributeData Data, Location Location, ITypeSymbol? Target = null)
{
    /// <summary>The attribute as written, with argument values: <c>Affine(4, 0)</c>, <c>Relu</c>.</summary>
    public string Text
    {
        get
        {
            var text = new StringBuilder(Kind.DisplayName());
            if (Target is not null)
            {
                text.Append('<').Append(Target.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)).Append('>');
            }

            if (Arguments.Length > 0)
            {
                text.Append('(');
                for (int i = 0; i < Arguments.Length; i++)
                {
                    text.Append(i > 0 ? ", " : string.Empty).Append(Arguments[i].ToString(CultureInfo.InvariantCulture));
                }

                text.Append(')');
            }

            return text.ToString();
        }
    }
}

/// <summary>The raw values of a <c>[LayerOptions]</c> attribute (not yet checked to be defined enum values).</summary>
/// <param name="Precision">Value of <c>Precision</c> (0 when not set).</param>
/// <param name="Seed">Value of <c>Seed</c> (0 when not set).</param>
/// <param name="Kernel">Value of <c>Kernel</c> (0 when not set).</param>
/// <param name="Location">The attribute's syntax.</param>
internal sealed record OptionsAttribute(int Precision, int Seed, int Kernel, Location Location);

/// <summary>A <c>[DifferentiableLayer(size)]</c> or <c>[DifferentiableLayer(inputs, outputs)]</c> attribute.</summary>
/// <param name="Inputs">Entries per input row as written.</param>
/// <param name="Outputs">Entries per output row as written (the size again for the one-argument form).</param>
/// <param name="Text">The attribute as written with its values: <c>DifferentiableLayer(64)</c>.</param>
/// <param name="Location">The attribute's syntax.</param>
internal sealed record DifferentiableAttribute(int Inputs, int Outputs, string Text, Location Location);
