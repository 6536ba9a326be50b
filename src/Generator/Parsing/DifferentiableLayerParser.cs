using System.Collections.Immutable;
using System.Threading;
using LayerGen.Differentiation.Ir;
using LayerGen.Generator.Model;
using LayerGen.Validation;
using Microsoft.CodeAnalysis;

namespace LayerGen.Generator.Parsing;

/// <summary>
/// Turns a class with <c>[DifferentiableLayer]</c> into a <see cref="LayerClassModel"/> whose
/// <see cref="LayerClassModel.Differentiable"/> is set: validation (LG1101–LG1107, shared with the analyzer) and the
/// differentiation of <c>ForwardRow</c>.
/// </summary>
internal static class DifferentiableLayerParser
{
    /// <summary>Parses <paramref name="symbol"/>; <see langword="null"/> for anything invalid (the analyzer reports it).</summary>
    public static LayerClassModel? Parse(ISymbol symbol, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        if (symbol is not INamedTypeSymbol type
            || LayerValidator.Validate(type, cancellationToken) is not { IsValid: true, Differentiable: { } layer }
            || ForwardRowDifferentiation.Lower(layer, semanticModel, cancellationToken) is not { } backward)
        {
            return null;
        }

        var model = new DifferentiableLayerModel(layer.Inputs, layer.Outputs, new EquatableArray<LearnableParameter>(layer.Shape.Learnables), backward,
            new EquatableArray<string>(layer.UserConstants));
        return new LayerClassModel(
            LayerParser.IdentityOf(type),
            new EquatableArray<ResolvedLayer>(ImmutableArray<ResolvedLayer>.Empty),
            layer.Shape.Precision,
            Seed: 0,
            KernelKind.Auto,
            Network: null,
            new EquatableArray<SoftmaxKernelPlan>(ImmutableArray<SoftmaxKernelPlan>.Empty),
            model);
    }
}
