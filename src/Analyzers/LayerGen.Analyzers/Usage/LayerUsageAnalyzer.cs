using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LayerGen.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LayerGen.Analyzers.Usage;

/// <summary>
/// Reports invalid use of the layer attributes (LG1001–LG1009) and of custom layers (LG1101–LG1107). The checks live in <c>LayerValidator</c>, source files
/// shared with LayerGen.Generator, which silently skips exactly the classes reported here.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LayerUsageAnalyzer : DiagnosticAnalyzer
{
    private static readonly ImmutableArray<DiagnosticDescriptor> Descriptors = ImmutableArray.Create(
        DiagnosticDescriptors.LayerClassNotPartial,
        DiagnosticDescriptors.InvalidLayerSize,
        DiagnosticDescriptors.LayerSizeMismatch,
        DiagnosticDescriptors.LossLayerNotLast,
        DiagnosticDescriptors.UnsupportedLayerType,
        DiagnosticDescriptors.GeneratedNameCollision,
        DiagnosticDescriptors.LayersSplitAcrossDeclarations,
        DiagnosticDescriptors.OptionsWithoutLayers,
        DiagnosticDescriptors.InvalidLayerOption,
        DiagnosticDescriptors.ForwardRowMissing,
        DiagnosticDescriptors.ForwardRowNotStatic,
        DiagnosticDescriptors.InvalidForwardRowSignature,
        DiagnosticDescriptors.InvalidLearnableParameter,
        DiagnosticDescriptors.InvalidDifferentiableLayerSize,
        DiagnosticDescriptors.InvalidCustomLayerTarget,
        DiagnosticDescriptors.DifferentiableLayerWithOtherAttributes);

    /// <summary>The descriptor of each rule ID the validator reports.</summary>
    private static readonly Dictionary<string, DiagnosticDescriptor> DescriptorsById = Descriptors.ToDictionary(d => d.Id);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Descriptors;

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            // Without the LayerGen runtime there are no layer attributes to check.
            if (start.Compilation.GetTypeByMetadataName("LayerGen.AffineAttribute") is null)
            {
                return;
            }

            start.RegisterSymbolAction(AnalyzeType, SymbolKind.NamedType);
        });
    }

    private static void AnalyzeType(SymbolAnalysisContext context)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        LayerValidation? validation = LayerValidator.Validate(type, context.CancellationToken);
        if (validation is null)
        {
            return;
        }

        foreach (LayerProblem problem in validation.Problems)
        {
            if (problem.RuleId is { } ruleId && DescriptorsById.TryGetValue(ruleId, out DiagnosticDescriptor? descriptor))
            {
                context.ReportDiagnostic(Diagnostic.Create(descriptor, problem.Location, problem.Arguments));
            }
        }
    }
}
