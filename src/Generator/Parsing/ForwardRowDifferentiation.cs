using System.Collections.Immutable;
using System.Threading;
using LayerGen.Differentiation.Ir;
using LayerGen.Differentiation.Lowering;
using LayerGen.Validation;
using Microsoft.CodeAnalysis;

namespace LayerGen.Generator.Parsing;

/// <summary>
/// Hands a validated custom layer's <c>ForwardRow</c> to the differentiation engine (src/Generator/Differentiation): the
/// one place the class shell meets the engine's entry point.
/// </summary>
internal static class ForwardRowDifferentiation
{
    /// <summary>
    /// The lowered <c>ForwardRow</c> of <paramref name="layer"/>, or <see langword="null"/> when its body is outside the
    /// differentiable subset (LG1110–LG1129, reported by the analyzer) or does not compile (reported by the compiler).
    /// </summary>
    /// <param name="layer">A custom layer that passed LG1101–LG1107.</param>
    /// <param name="semanticModel">A semantic model of the compilation; used directly when it is of ForwardRow's tree.</param>
    /// <param name="cancellationToken">Cancels the lowering.</param>
    public static ForwardRowModel? Lower(DifferentiableLayerInfo layer, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        IMethodSymbol method = layer.Shape.Method;
        var lengths = ImmutableArray.CreateBuilder<int>(layer.Shape.Learnables.Length);
        foreach (LearnableParameter learnable in layer.Shape.Learnables)
        {
            lengths.Add(learnable.Length);
        }

        var sizes = new RowSizes(layer.Inputs, layer.Outputs, lengths.MoveToImmutable());
        foreach (SyntaxReference reference in method.DeclaringSyntaxReferences)
        {
            SemanticModel model = reference.SyntaxTree == semanticModel.SyntaxTree
                ? semanticModel
                : semanticModel.Compilation.GetSemanticModel(reference.SyntaxTree);
            LoweringResult result = ForwardRowLowering.Lower(method, model, sizes, cancellationToken);
            if (result.Model is not null || !result.Problems.IsEmpty)
            {
                return result.Problems.IsEmpty ? result.Model : null;
            }
        }

        return null;
    }
}
