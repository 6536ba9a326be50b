using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.BatchSoftmax;

/// <summary>
/// LG0001 / LG0002: a softmax over a 2D batch that subtracts a maximum, or divides by a sum, taken over all rows
/// instead of each row. Works on <see cref="IOperation"/> blocks; the detection itself is <see cref="BatchSoftmaxFinder"/>.
/// </summary>
/// <remarks>
/// Only blocks that call an exp are analysed: an invocation action (dispatched by the driver's own walk of the
/// operation tree) marks the block, and the block-end action runs the finder. Scanning every block's syntax or
/// operations up front costs seconds on a large project, because it is the first touch of those trees. Reporting
/// from the block-end action keeps the diagnostics local to the block (a compilation-level invocation action would
/// report at the reduction, outside the invocation, which IDE span analysis and the fix testing reject as non-local).
/// </remarks>
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
            if (symbols.Math is null && symbols.MathF is null)
            {
                return;
            }

            start.RegisterOperationBlockStartAction(blockStart =>
            {
                var callsExp = new ExpFlag();
                blockStart.RegisterOperationAction(
                    operation =>
                    {
                        if (operation.Operation is IInvocationOperation invocation && symbols.IsExp(invocation.TargetMethod))
                        {
                            callsExp.Set();
                        }
                    },
                    OperationKind.Invocation);
                blockStart.RegisterOperationBlockEndAction(blockEnd =>
                {
                    if (callsExp.IsSet)
                    {
                        AnalyzeBlocks(blockEnd, symbols);
                    }
                });
            });
        });
    }

    private static void AnalyzeBlocks(OperationBlockAnalysisContext context, SoftmaxSymbols symbols)
    {
        foreach (var block in context.OperationBlocks)
        {
            foreach (var finding in BatchSoftmaxFinder.Find(block, symbols))
            {
                context.ReportDiagnostic(finding.ToDiagnostic());
            }
        }
    }

    /// <summary>Set once an exp call is seen in the block; safe if the driver runs operation actions concurrently.</summary>
    private sealed class ExpFlag
    {
        private int _set;

        public bool IsSet => Volatile.Read(ref _set) == 1;

        public void Set() => Volatile.Write(ref _set, 1);
    }
}
