// The files of this folder are compiled into both LayerGen.Generator (which skips invalid classes) and
// LayerGen.Analyzers (which reports LG1001-LG1009), so both agree on what is valid by construction.
// Reader (what was written) → checks (type shape, declarations, options) → resolver (sizes) → name collisions.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace LayerGen.Validation;

/// <summary>Checks a class carrying LayerGen attributes and resolves its layer sizes.</summary>
internal static class LayerValidator
{
    /// <summary>
    /// Validates <paramref name="type"/>. Returns <see langword="null"/> when it carries no LayerGen attribute;
    /// otherwise the resolved layers (when valid) and every problem found, one per root cause.
    /// </summary>
    public static LayerValidation? Validate(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        if (LayerAttributeReader.Read(type, cancellationToken) is not { } declaration)
        {
            return null;
        }

        if (declaration.Differentiable is not null)
        {
            return DifferentiableLayerValidator.Validate(declaration, cancellationToken);
        }

        var problems = new List<LayerProblem>();
        if (declaration.Layers.Length == 0)
        {
            DeclarationChecks.CheckOptionsHaveLayers(declaration, problems);
            return new LayerValidation(ImmutableArray<ResolvedLayer>.Empty, LayerOptionValues.Default, problems);
        }

        TypeShapeChecks.Check(declaration, problems, cancellationToken);
        DeclarationChecks.CheckSingleDeclaration(declaration, problems, cancellationToken);
        if (declaration.IsBroken)
        {
            // A missing or wrongly typed argument is already a compiler error: nothing more to say, nothing to generate.
            problems.Add(new LayerProblem(null, declaration.TypeLocation));
            return new LayerValidation(ImmutableArray<ResolvedLayer>.Empty, LayerOptionValues.Default, problems);
        }

        LayerOptionValues options = OptionsChecks.Check(declaration, problems);
        ImmutableArray<ResolvedLayer> layers = LayerSizeResolver.Resolve(declaration, options, problems, cancellationToken);
        if (problems.Count == 0)
        {
            NameCollisionChecks.Check(declaration, layers, problems, cancellationToken);
        }

        return new LayerValidation(layers, options, problems);
    }
}
