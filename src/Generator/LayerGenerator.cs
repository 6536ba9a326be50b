using System.Collections.Immutable;
using LayerGen.Generator.Emitting;
using LayerGen.Generator.Model;
using LayerGen.Generator.Parsing;
using LayerGen.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LayerGen.Generator;

/// <summary>
/// Writes the forward and backward code of classes carrying LayerGen layer attributes
/// (<c>[Affine]</c>, <c>[Relu]</c>, <c>[Sigmoid]</c>, <c>[Tanh]</c>, <c>[Softmax]</c>, <c>[SoftmaxWithLoss]</c>,
/// <c>[Layer&lt;T&gt;]</c>) and of custom layers (<c>[DifferentiableLayer]</c>, whose backward pass is derived from <c>ForwardRow</c>).
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class LayerGenerator : IIncrementalGenerator
{
    private static readonly ImmutableArray<(string MetadataName, LayerKind Kind)> LayerAttributes = ImmutableArray.Create(
        ("LayerGen.AffineAttribute", LayerKind.Affine),
        ("LayerGen.ReluAttribute", LayerKind.Relu),
        ("LayerGen.SigmoidAttribute", LayerKind.Sigmoid),
        ("LayerGen.TanhAttribute", LayerKind.Tanh),
        ("LayerGen.SoftmaxAttribute", LayerKind.Softmax),
        ("LayerGen.SoftmaxWithLossAttribute", LayerKind.SoftmaxWithLoss),
        ("LayerGen.LayerAttribute`1", LayerKind.Custom));

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // One pipeline per attribute: a network with [Affine] and [Relu] is seen by both pipelines.
        // Each pipeline keeps only the classes whose first layer is its own attribute, so a class is emitted once.
        IncrementalValueProvider<ImmutableArray<LayerClassModel>>? all = null;
        foreach ((string metadataName, LayerKind kind) in LayerAttributes)
        {
            IncrementalValueProvider<ImmutableArray<LayerClassModel>> owned = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    metadataName,
                    predicate: static (node, _) => node is ClassDeclarationSyntax,
                    transform: static (context, cancellationToken) => LayerParser.Parse(context.TargetSymbol, context.SemanticModel, cancellationToken))
                .WithTrackingName(TrackingNames.LayerClasses)
                .Where(model => model is not null && model.Owner == kind)
                .WithTrackingName(TrackingNames.OwnedLayerClasses)
                .Select(static (model, _) => model!)
                .WithTrackingName(TrackingNames.LayerModels)
                .Collect();
            all = all is { } previous
                ? previous.Combine(owned).Select(static (pair, _) => pair.Left.AddRange(pair.Right))
                : owned;
        }

        // Custom layers: one class, one [DifferentiableLayer], so no ownership question.
        IncrementalValueProvider<ImmutableArray<LayerClassModel>> differentiable = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                "LayerGen.DifferentiableLayerAttribute",
                predicate: static (node, _) => node is ClassDeclarationSyntax,
                transform: static (context, cancellationToken) => DifferentiableLayerParser.Parse(context.TargetSymbol, context.SemanticModel, cancellationToken))
            .WithTrackingName(TrackingNames.DifferentiableLayerClasses)
            .Where(static model => model is not null)
            .Select(static (model, _) => model!)
            .WithTrackingName(TrackingNames.DifferentiableLayerModels)
            .Collect();
        all = all!.Value.Combine(differentiable).Select(static (pair, _) => pair.Left.AddRange(pair.Right));

        // Hint names are compared ignoring case, so they are chosen with every class in view (see HintNames).
        IncrementalValuesProvider<GeneratedFile> files = all!.Value
            .Select(static (models, _) => HintNames.Assign(models))
            .WithTrackingName(TrackingNames.HintNames)
            .SelectMany(static (files, _) => files.Items)
            .WithTrackingName(TrackingNames.GeneratedFiles);

        context.RegisterSourceOutput(files, static (context, file) =>
            context.AddSource(file.HintName, SourceEmitter.Emit(file.Model)));
    }
}
