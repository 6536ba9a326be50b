using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.BatchSoftmax;

/// <summary>
/// Where a softmax over a 2D batch uses a shift or a divisor: the exp in <c>exp(x[i, j] - m)</c> (a max use) or
/// the division in <c>y[i, j] /= s</c> / <c>e / s</c> (a sum use).
/// </summary>
internal sealed class SoftmaxUse
{
    public SoftmaxUse(ReductionKind kind, IOperation operation, BufferAccess element, ISymbol? variable, IOperation operand, IOperation reference)
    {
        Kind = kind;
        Operation = operation;
        Element = element;
        Variable = variable;
        Operand = operand;
        Reference = reference;
    }

    /// <summary>Max for an exp argument, Sum for a divisor.</summary>
    public ReductionKind Kind { get; }

    /// <summary>The exp invocation, or the division.</summary>
    public IOperation Operation { get; }

    /// <summary>The row element this use belongs to (<c>x[i, j]</c> inside the exp; the divided element).</summary>
    public BufferAccess Element { get; }

    /// <summary>The variable holding the max or sum; null when the reduction is written inline.</summary>
    public ISymbol? Variable { get; }

    /// <summary>The value shifted (<c>x[i, j]</c>) or divided (<c>y[i, j]</c>, <c>exp(...)</c>).</summary>
    public IOperation Operand { get; }

    /// <summary>The operand that reads the max or sum (a variable reference or an inline reduction).</summary>
    public IOperation Reference { get; }
}
