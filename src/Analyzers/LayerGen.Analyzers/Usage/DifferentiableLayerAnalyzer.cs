using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LayerGen.Differentiation.Lowering;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Usage;

/// <summary>
/// Reports the constructs of a custom layer's <c>ForwardRow</c> that LayerGen cannot differentiate (LG1110–LG1118), at the
/// construct. The checks are the generator's own lowering (src/Generator/Differentiation/Lowering, compiled into both),
/// so the generator derives a backward pass exactly for the methods reported clean here.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DifferentiableLayerAnalyzer : DiagnosticAnalyzer
{
    private const string DifferentiableLayerAttribute = "LayerGen.DifferentiableLayerAttribute";

    private static readonly ImmutableArray<DiagnosticDescriptor> Descriptors = ImmutableArray.Create(
        DiagnosticDescriptors.UnsupportedStatement,
        DiagnosticDescriptors.UnsupportedCall,
        DiagnosticDescriptors.UnsupportedWrite,
        DiagnosticDescriptors.UnsupportedLoop,
        DiagnosticDescriptors.UnsupportedIndex,
        DiagnosticDescriptors.UnsupportedExit,
        DiagnosticDescriptors.UnsupportedExpression,
        DiagnosticDescriptors.UnsupportedBuffer,
        DiagnosticDescriptors.ForwardRowTooLarge);

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
            if (start.Compilation.GetTypeByMetadataName(DifferentiableLayerAttribute) is not { } attribute)
            {
                return;
            }

            start.RegisterOperationBlockAction(block => AnalyzeBlock(block, attribute));
        });
    }

    private static void AnalyzeBlock(OperationBlockAnalysisContext context, INamedTypeSymbol attribute)
    {
        if (context.OwningSymbol is not IMethodSymbol { Name: "ForwardRow", MethodKind: MethodKind.Ordinary } method ||
            method.ContainingType is not { } type ||
            Sizes(type, method, attribute) is not { } sizes)
        {
            return;
        }

        IOperation? body = context.OperationBlocks.FirstOrDefault(o => o is IMethodBodyOperation or IBlockOperation);
        LoweringResult result = ForwardRowLowering.Lower(method, body, sizes, context.CancellationToken);
        foreach (DifferentiationProblem problem in result.Problems)
        {
            if (DescriptorsById.TryGetValue(problem.RuleId, out DiagnosticDescriptor? descriptor))
            {
                context.ReportDiagnostic(Diagnostic.Create(descriptor, problem.Location, problem.Arguments));
            }
        }
    }

    /// <summary>
    /// The row sizes from <c>[DifferentiableLayer(size)]</c> or <c>[DifferentiableLayer(inputs, outputs)]</c> and each
    /// learnable parameter's first integer attribute argument; null when they are missing or not positive (the
    /// declaration rules report that).
    /// </summary>
    private static RowSizes? Sizes(INamedTypeSymbol type, IMethodSymbol method, INamedTypeSymbol attribute)
    {
        AttributeData? layer = type.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attribute));
        if (layer is null || Integers(layer) is not { Length: 1 or 2 } sizes || sizes.Any(s => s <= 0))
        {
            return null;
        }

        var lengths = ImmutableArray.CreateBuilder<int>();
        foreach (IParameterSymbol parameter in method.Parameters.Skip(2))
        {
            AttributeData? learnable = parameter.GetAttributes().FirstOrDefault(a => a.AttributeClass?.Name == "LearnableAttribute");
            if (learnable is null || Integers(learnable) is not { Length: >= 1 } values || values[0] <= 0)
            {
                return null;
            }

            lengths.Add(values[0]);
        }

        return new RowSizes(sizes[0], sizes[sizes.Length - 1], lengths.ToImmutable());
    }

    private static int[]? Integers(AttributeData attribute)
    {
        if (attribute.ConstructorArguments.Any(a => a.Kind != TypedConstantKind.Primitive || a.Value is not int))
        {
            return null;
        }

        return attribute.ConstructorArguments.Select(a => (int)a.Value!).ToArray();
    }
}
