using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LayerGen.Analyzers.BatchSoftmax;

/// <summary>
/// LG0001 / LG0002: a softmax over a 2D batch that subtracts a maximum, or divides by a sum, taken over all rows
/// instead of each row. Works on <see cref="IOperation"/> blocks; the detection itself is <see cref="BatchSoftmaxFinder"/>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BatchSoftmaxAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.GlobalMaxInBatchSoftmax,
        DiagnosticDescriptors.GlobalSumInBatchSoftmax);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            var symbols = SoftmaxSymbols.Create(start.Compilation);
            start.RegisterOperationBlockAction(block => AnalyzeBlock(block, symbols));
        });
    }

    private static void AnalyzeBlock(OperationBlockAnalysisContext context, SoftmaxSymbols symbols)
    {
        foreach (var block in context.OperationBlocks)
        {
            foreach (var finding in BatchSoftmaxFinder.Find(block, symbols))
            {
                context.ReportDiagnostic(finding.ToDiagnostic());
            }
        }
    }
}
