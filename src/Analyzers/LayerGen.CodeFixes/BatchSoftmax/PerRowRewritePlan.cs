using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LayerGen.CodeFixes.BatchSoftmax;

/// <summary>
/// The edits that turn a method's global max/sum into per-row ones: statements to remove (the global reductions
/// and the variables' declarations) and statements to insert at the top of each row loop's body.
/// </summary>
internal sealed class PerRowRewritePlan
{
    /// <summary>Statements (or single declarators) to delete.</summary>
    public HashSet<SyntaxNode> Removals { get; } = new();

    /// <summary>Per-row computations, each inserted just before its target statement inside a row loop.</summary>
    public List<PerRowInsertion> Insertions { get; } = new();
}

/// <summary>Statements computing one variable for the current row, inserted before <see cref="Target"/>.</summary>
internal sealed class PerRowInsertion
{
    public PerRowInsertion(StatementSyntax rowLoopBody, StatementSyntax target, int order, IReadOnlyList<StatementSyntax> statements)
    {
        RowLoopBody = rowLoopBody;
        Target = target;
        Order = order;
        Statements = statements;
    }

    /// <summary>The body of the loop over rows (a block, or a single statement to wrap in one).</summary>
    public StatementSyntax RowLoopBody { get; }

    /// <summary>The statement of the row loop's body that first uses the variable.</summary>
    public StatementSyntax Target { get; }

    /// <summary>Orders insertions before the same target: maxima (0) before sums (1).</summary>
    public int Order { get; }

    public IReadOnlyList<StatementSyntax> Statements { get; }
}
