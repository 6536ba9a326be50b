using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A self-recursive <c>void</c> walk read as the loop it is (RecursiveFold.Loops.cs): <c>Walk(x, y, i, acc) { if (i &gt;=
/// n) return; body; Walk(x, y, i + 1, acc'); }</c> runs <c>body</c> for <c>i</c>, <c>i + 1</c>, … below <c>n</c>, each
/// call's parameters being the previous call's arguments. The inliner writes it as <c>for (k = i; k &lt; n; k++) { body;
/// acc = acc'; }</c> (HelperInliner.RecursiveLoops.cs), so a parameter handed on updated (<c>Math.Max(acc, …)</c>,
/// <c>total</c> after <c>total += e</c>) is a reduction never reset across the rows the recursion visits, and one handed
/// a constant (<c>Walk(x, y, i + 1, 0f)</c>) is reset per row, exactly as in the loop.
/// </summary>
internal sealed class RecursiveLoop
{
    /// <summary>Creates the reading (see the type summary).</summary>
    public RecursiveLoop(IMethodSymbol method, IParameterSymbol index, ExpressionSyntax bound, bool boundIsInclusive, IReadOnlyList<StatementSyntax> body, InvocationExpressionSyntax tailCall, ExpressionSyntax? step)
    {
        Method = method;
        Index = index;
        Bound = bound;
        BoundIsInclusive = boundIsInclusive;
        Body = body;
        TailCall = tailCall;
        Step = step;
    }

    /// <summary>The recursive method or local function.</summary>
    public IMethodSymbol Method { get; }

    /// <summary>The index parameter the tail call advances (<c>i + 1</c>): the loop's variable.</summary>
    public IParameterSymbol Index { get; }

    /// <summary>The bound the index stays below (or at, <see cref="BoundIsInclusive"/>), read from the exit test as the method writes it.</summary>
    public ExpressionSyntax Bound { get; }

    /// <summary>True when the walk includes the bound (<c>if (i &gt; n) return;</c>).</summary>
    public bool BoundIsInclusive { get; }

    /// <summary>The statements run for one index, before the tail call.</summary>
    public IReadOnlyList<StatementSyntax> Body { get; }

    /// <summary>The recursive call that ends the body: its arguments are the next iteration's parameters.</summary>
    public InvocationExpressionSyntax TailCall { get; }

    /// <summary>The index's step (<c>s</c> of <c>i + s</c>); null for one.</summary>
    public ExpressionSyntax? Step { get; }

    /// <summary>
    /// The parameters the tail call hands a new value (ordinal → argument): every parameter but the index whose argument
    /// is not the parameter itself.
    /// </summary>
    public Dictionary<int, ExpressionSyntax> Carried { get; } = new();
}
