using System.Collections.Immutable;
using LayerGen.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LayerGen.Analyzers.Usage;

/// <summary>
/// Reports invalid use of the layer attributes (LG1001–LG1007). The checks live in <c>LayerValidator</c>, a source file
/// shared with LayerGen.Generator, which silently skips exactly the classes reported here.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LayerUsageAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.LayerClassNotPartial,
        DiagnosticDescriptors.InvalidLayerSize,
        DiagnosticDescriptors.LayerSizeMismatch,
        DiagnosticDescriptors.LossLayerNotLast,
        DiagnosticDescriptors.UnsupportedLayerType,
        DiagnosticDescriptors.GeneratedNameCollision,
        DiagnosticDescriptors.LayersSplitAcrossDeclarations);

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
            if (problem.RuleId is { } ruleId && DescriptorFor(ruleId) is { } descriptor)
            {
                context.ReportDiagnostic(Diagnostic.Create(descriptor, problem.Location, problem.Arguments));
            }
        }
    }

    private static DiagnosticDescriptor? DescriptorFor(string ruleId) => ruleId switch
    {
        RuleIdentifiers.LayerClassNotPartial => DiagnosticDescriptors.LayerClassNotPartial,
        RuleIdentifiers.InvalidLayerSize => DiagnosticDescriptors.InvalidLayerSize,
        RuleIdentifiers.LayerSizeMismatch => DiagnosticDescriptors.LayerSizeMismatch,
        RuleIdentifiers.LossLayerNotLast => DiagnosticDescriptors.LossLayerNotLast,
        RuleIdentifiers.UnsupportedLayerType => DiagnosticDescriptors.UnsupportedLayerType,
        RuleIdentifiers.GeneratedNameCollision => DiagnosticDescriptors.GeneratedNameCollision,
        RuleIdentifiers.LayersSplitAcrossDeclarations => DiagnosticDescriptors.LayersSplitAcrossDeclarations,
        _ => null,
    };
}
