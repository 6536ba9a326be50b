using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.BatchSoftmax;

/// <summary>How an element of a batch is addressed.</summary>
internal enum BufferShape
{
    /// <summary><c>x[i, j]</c> on <c>T[,]</c>.</summary>
    Rectangular,

    /// <summary><c>x[i][j]</c> on <c>T[][]</c>, or <c>row[j]</c> where <c>row</c> is a row of it.</summary>
    Jagged,

    /// <summary><c>x[i * cols + j]</c> on a flat <c>T[]</c>/<c>Span&lt;T&gt;</c>, or an element of a row slice.</summary>
    FlatRows,

    /// <summary><c>x[k]</c> on a flat buffer with no row structure.</summary>
    Flat,
}

/// <summary>One read of a batch element, or of every element (a <c>foreach</c> over the whole buffer).</summary>
internal sealed class BufferAccess
{
    public BufferAccess(IOperation operation, ISymbol buffer, BufferShape shape, IOperation? rowLoop, bool coversWholeBuffer)
    {
        Operation = operation;
        Buffer = buffer;
        Shape = shape;
        RowLoop = rowLoop;
        CoversWholeBuffer = coversWholeBuffer;
    }

    /// <summary>The element reference (or the <c>foreach</c> variable reference).</summary>
    public IOperation Operation { get; }

    /// <summary>The variable holding the whole batch (<c>x</c>, not the row local).</summary>
    public ISymbol Buffer { get; }

    public BufferShape Shape { get; }

    /// <summary>The loop over rows that selects this element's row; null when the row is not a loop variable.</summary>
    public IOperation? RowLoop { get; }

    /// <summary>True when the enclosing iteration visits every element of <see cref="Buffer"/>.</summary>
    public bool CoversWholeBuffer { get; }

    /// <summary>True for an element addressed by row and column.</summary>
    public bool IsTwoDimensional => Shape != BufferShape.Flat && !CoversWholeBuffer;
}
