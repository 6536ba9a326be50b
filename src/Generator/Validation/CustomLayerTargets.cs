// Compiled into both LayerGen.Generator and LayerGen.Analyzers.
using System.Threading;
using Microsoft.CodeAnalysis;

namespace LayerGen.Validation;

/// <summary>Resolves the <c>T</c> of <c>[Layer&lt;T&gt;]</c> in a network to the custom layer it names (LG1106).</summary>
internal static class CustomLayerTargets
{
    private static readonly SymbolDisplayFormat GlobalFormat = SymbolDisplayFormat.FullyQualifiedFormat;

    /// <summary>
    /// The custom layer named by <paramref name="target"/>, or <see langword="null"/> with <paramref name="problem"/> saying why
    /// (completing "'Layer&lt;T&gt;' in 'Net' …"), or with <paramref name="problem"/> <see langword="null"/> when
    /// <paramref name="target"/>'s own errors are reported on it (LG1101–LG1107): one root cause, one diagnostic.
    /// </summary>
    public static CustomLayerReference? Resolve(ITypeSymbol target, ElementPrecision networkPrecision, CancellationToken cancellationToken, out string? problem)
    {
        problem = null;
        string name = target.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
        if (target is not INamedTypeSymbol type || !LayerAttributeReader.HasDifferentiableLayerAttribute(type))
        {
            problem = "names '" + name + "', which has no [DifferentiableLayer]; name a class with [DifferentiableLayer] and a ForwardRow method";
            return null;
        }

        if (type.DeclaringSyntaxReferences.Length == 0)
        {
            problem = "names '" + name + "' from another assembly; declare the custom layer in the project of the network";
            return null;
        }

        if (LayerAttributeReader.Read(type, cancellationToken) is not { } declaration
            || DifferentiableLayerValidator.Validate(declaration, cancellationToken) is not { Differentiable: { } layer, IsValid: true })
        {
            return null;
        }

        if (layer.Shape.Precision != networkPrecision)
        {
            string element = layer.Shape.Precision == ElementPrecision.Double ? "double" : "float";
            string network = networkPrecision == ElementPrecision.Double ? "double" : "float";
            problem = "names '" + name + "', which computes in " + element + ", but the network uses " + network
                + "; make LayerOptions.Precision and ForwardRow's element type agree";
            return null;
        }

        return new CustomLayerReference(type.ToDisplayString(GlobalFormat), name, layer.Inputs, layer.Outputs, layer.ParameterCount);
    }
}

/// <summary>A custom layer as a network uses it (value-equal: strings and numbers only).</summary>
/// <param name="GlobalName">The layer class with <c>global::</c> and its namespace: what generated code calls.</param>
/// <param name="DisplayName">The class name as the user writes it, for comments and messages.</param>
/// <param name="Inputs">Entries per input row.</param>
/// <param name="Outputs">Entries per output row.</param>
/// <param name="ParameterCount">Entries of all its learnable parameters.</param>
internal sealed record CustomLayerReference(string GlobalName, string DisplayName, int Inputs, int Outputs, int ParameterCount);
