using System.Collections.Immutable;
using System.Threading;
using LayerGen.Generator.Model;
using LayerGen.Validation;
using Microsoft.CodeAnalysis;

namespace LayerGen.Generator.Parsing;

/// <summary>Turns a class symbol carrying layer attributes into a <see cref="LayerClassModel"/>: validation, layout and kernel plans.</summary>
internal static class LayerParser
{
    private static readonly SymbolDisplayFormat QualifiedNameFormat = new(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces);

    /// <summary>
    /// Parses <paramref name="symbol"/>; returns <see langword="null"/> for anything invalid (the analyzer reports it),
    /// so the generator never emits code that does not compile.
    /// </summary>
    public static LayerClassModel? Parse(ISymbol symbol, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        if (symbol is not INamedTypeSymbol type)
        {
            return null;
        }

        LayerValidation? validation = LayerValidator.Validate(type, cancellationToken);
        if (validation is null || !validation.IsValid || validation.Differentiable is not null)
        {
            // Custom layers have their own pipeline (DifferentiableLayerParser).
            return null;
        }

        ImmutableArray<ResolvedLayer> layers = validation.Layers;
        if (!CustomLayersDifferentiate(type, semanticModel, cancellationToken))
        {
            return null;
        }

        LayerOptionValues options = validation.Options;
        NetworkLayout? network = GeneratedNames.IsNetwork(layers) ? NetworkLayoutPlanner.Plan(layers) : null;
        return new LayerClassModel(
            IdentityOf(type),
            new EquatableArray<ResolvedLayer>(layers),
            options.Precision,
            options.Seed,
            options.Kernel,
            network,
            SoftmaxKernelPlanner.ForClass(layers, network, options.Precision, options.Kernel));
    }

    /// <summary>
    /// True when every <c>[Layer&lt;T&gt;]</c> of <paramref name="type"/> names a custom layer whose ForwardRow differentiates:
    /// otherwise its class is not generated (the analyzer reports why, at the layer) and the network would not compile.
    /// </summary>
    private static bool CustomLayersDifferentiate(INamedTypeSymbol type, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        foreach (AttributeData attribute in type.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "LayerAttribute", TypeArguments.Length: 1 } layerAttribute
                && layerAttribute.TypeArguments[0] is INamedTypeSymbol target
                && (LayerValidator.Validate(target, cancellationToken) is not { IsValid: true, Differentiable: { } layer }
                    || ForwardRowDifferentiation.Lower(layer, semanticModel, cancellationToken) is null))
            {
                return false;
            }
        }

        return true;
    }

    internal static ClassIdentity IdentityOf(INamedTypeSymbol type)
    {
        var containers = ImmutableArray.CreateBuilder<ContainingTypeModel>();
        string metadataName = type.Name;
        for (INamedTypeSymbol? container = type.ContainingType; container is not null; container = container.ContainingType)
        {
            containers.Insert(0, new ContainingTypeModel(KeywordOf(container), container.Name));
            metadataName = container.Name + "+" + metadataName;
        }

        string ns = type.ContainingNamespace is { IsGlobalNamespace: false } containing
            ? containing.ToDisplayString(QualifiedNameFormat)
            : string.Empty;
        return new ClassIdentity(
            ns,
            type.Name,
            type.ToDisplayString(QualifiedNameFormat),
            ns.Length > 0 ? ns + "." + metadataName : metadataName,
            new EquatableArray<ContainingTypeModel>(containers.ToImmutable()));
    }

    private static string KeywordOf(INamedTypeSymbol type) => type switch
    {
        { IsRecord: true, TypeKind: TypeKind.Struct } => "record struct",
        { IsRecord: true } => "record",
        { TypeKind: TypeKind.Struct } => "struct",
        { TypeKind: TypeKind.Interface } => "interface",
        _ => "class",
    };
}
