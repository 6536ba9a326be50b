using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.BatchSoftmax;

/// <summary>Which value a reduction accumulates.</summary>
internal enum ReductionKind
{
    /// <summary>A running maximum.</summary>
    Max,

    /// <summary>A running sum.</summary>
    Sum,
}

/// <summary>
/// One step that folds batch values into a variable: <c>m = Math.Max(m, x[i, j])</c>, <c>if (v &gt; m) m = v</c>,
/// <c>s += e</c>, or a call that reduces a whole buffer at once (<c>x.Cast&lt;float&gt;().Max()</c>).
/// </summary>
internal sealed class Reduction
{
    public Reduction(ReductionKind kind, ISymbol target, IOperation operation, BufferAccess? element, ISymbol? wholeBuffer, bool isExpDerived)
    {
        Kind = kind;
        Target = target;
        Operation = operation;
        Element = element;
        WholeBuffer = wholeBuffer;
        IsExpDerived = isExpDerived;
    }

    public ReductionKind Kind { get; }

    /// <summary>The variable receiving the maximum or sum.</summary>
    public ISymbol Target { get; }

    /// <summary>The statement or call that reduces (where the diagnostic is reported).</summary>
    public IOperation Operation { get; }

    /// <summary>The element folded in, for a loop reduction.</summary>
    public BufferAccess? Element { get; }

    /// <summary>The buffer reduced at once, for LINQ / TensorPrimitives reductions.</summary>
    public ISymbol? WholeBuffer { get; }

    /// <summary>True when the summed values are exps (a softmax denominator).</summary>
    public bool IsExpDerived { get; }

    /// <summary>The buffer whose values are reduced.</summary>
    public ISymbol? Buffer => WholeBuffer ?? Element?.Buffer;

    /// <summary>
    /// True when, seen from <paramref name="use"/>, this reduction covers more than the use's row: it reduces the
    /// whole buffer, or its row loop does not enclose the use.
    /// </summary>
    public bool CoversOtherRows(IOperation use)
    {
        if (WholeBuffer is not null || Element is { CoversWholeBuffer: true })
        {
            return true;
        }

        return Element is { IsTwoDimensional: true, RowLoop: { } rowLoop } && !OperationHelpers.Contains(rowLoop, use);
    }
}
