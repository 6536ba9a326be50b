using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.BatchSoftmax;

/// <summary>A global reduction feeding a per-row softmax, with every use it feeds.</summary>
internal sealed class BatchSoftmaxFinding
{
    public BatchSoftmaxFinding(Reduction reduction, ImmutableArray<SoftmaxUse> uses, string variableName, string inputName)
    {
        Reduction = reduction;
        Uses = uses;
        VariableName = variableName;
        InputName = inputName;
    }

    public Reduction Reduction { get; }

    public ImmutableArray<SoftmaxUse> Uses { get; }

    /// <summary>The max/sum variable (or the inline reduction's text).</summary>
    public string VariableName { get; }

    /// <summary>The 2D input the softmax runs over.</summary>
    public string InputName { get; }

    /// <summary>LG0001 for a max, LG0002 for a sum.</summary>
    public DiagnosticDescriptor Descriptor => Reduction.Kind == ReductionKind.Max
        ? DiagnosticDescriptors.GlobalMaxInBatchSoftmax
        : DiagnosticDescriptors.GlobalSumInBatchSoftmax;

    /// <summary>The diagnostic: at the reduction, with each exp or division as an additional location.</summary>
    public Diagnostic ToDiagnostic()
    {
        var additional = ImmutableArray.CreateBuilder<Location>(Uses.Length);
        foreach (var use in Uses)
        {
            additional.Add(use.Operation.Syntax.GetLocation());
        }

        return Diagnostic.Create(Descriptor, Reduction.Operation.Syntax.GetLocation(), additional, VariableName, InputName);
    }
}
