using System;
using System.Collections.Immutable;
using System.Threading;
using LayerGen.Analyzers.Softmax.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Rules;

/// <summary>
/// Runs the softmax rules (LG0001–LG0004) over one <see cref="SoftmaxModel"/> per method. The model is built only
/// for blocks that call something named <c>…Exp</c> or <c>SoftMax</c>: an operation action (dispatched by the
/// driver's own walk) sets a flag, and the block-end action builds the model, so untouched methods cost nothing.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SoftmaxAnalyzer : DiagnosticAnalyzer
{
    private static readonly ImmutableArray<SoftmaxRule> Rules = ImmutableArray.Create<SoftmaxRule>(
        new GlobalMaxRule(), new GlobalSumRule(), new UnshiftedExpRule(), new MismatchedAxesRule());

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.GlobalMaxInBatchSoftmax,
        DiagnosticDescriptors.GlobalSumInBatchSoftmax,
        DiagnosticDescriptors.UnshiftedSoftmaxExp,
        DiagnosticDescriptors.MismatchedSoftmaxAxes);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            var symbols = WellKnownSymbols.Create(start.Compilation);
            start.RegisterOperationBlockStartAction(blockStart =>
            {
                var callsExp = new Flag();
                blockStart.RegisterOperationAction(
                    operation =>
                    {
                        if (operation.Operation is IInvocationOperation { TargetMethod.Name: var name } && (name == "SoftMax" || name.EndsWith("Exp", StringComparison.Ordinal))
                            || operation.Operation is IMethodReferenceOperation { Method.Name: var reference } && reference.EndsWith("Exp", StringComparison.Ordinal))
                        {
                            callsExp.Set();
                        }
                    },
                    OperationKind.Invocation,
                    OperationKind.MethodReference);
                blockStart.RegisterOperationBlockEndAction(blockEnd =>
                {
                    if (callsExp.IsSet)
                    {
                        Analyze(blockEnd, symbols);
                    }
                });
            });
        });
    }

    private static void Analyze(OperationBlockAnalysisContext context, WellKnownSymbols symbols)
    {
        foreach (var block in context.OperationBlocks)
        {
            if (block is not (IMethodBodyOperation or IBlockOperation or IConstructorBodyOperation))
            {
                continue;
            }

            var model = SoftmaxModel.Build(block, symbols, () => GraphOf(context, block), context.CancellationToken);
            if (model.HasErrors)
            {
                continue;
            }

            foreach (var rule in Rules)
            {
                foreach (var diagnostic in rule.Find(model))
                {
                    context.ReportDiagnostic(diagnostic);
                }
            }
        }
    }

    private static ControlFlowGraph? GraphOf(OperationBlockAnalysisContext context, IOperation block)
    {
        try
        {
            return context.GetControlFlowGraph(block);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Set once an exp call is seen in the block; safe if the driver runs operation actions concurrently.</summary>
    private sealed class Flag
    {
        private int _set;

        public bool IsSet => Volatile.Read(ref _set) == 1;

        public void Set() => Volatile.Write(ref _set, 1);
    }
}
