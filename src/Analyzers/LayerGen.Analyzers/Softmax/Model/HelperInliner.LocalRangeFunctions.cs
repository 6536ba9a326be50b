using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A LOCAL FUNCTION of the method that walks a range its parameters give (<c>float RowMax(int start, int count) { …
/// for (int i = start; i &lt; start + count; i++) … }</c>, the <c>while</c> spelling, or a maximum seeded with the
/// range's first element and walked from the next, HelperInliner.SeededRangeWalks.cs) is inlined at each call like a
/// same-type method: the walk is rebased to the caller's slice per call (<c>(r * n, n)</c> is row r, <c>(0,
/// a.Length)</c> the whole buffer), where its summary (<see cref="HelperSummary"/>) keeps one reading for every call
/// and no range at all. Any other local function keeps its summary. The inlined code keeps its origin in the local
/// function, which lies in the method's own body, so a finding in it is reported at the fold there (a local function
/// is part of the method), not at the call as for a helper method (<see cref="InlinedBody.CallerOf"/>).
/// </summary>
internal sealed partial class HelperInliner
{
    /// <summary>
    /// The shape of the local function <paramref name="call"/> runs when it is declared in this method, walks a range
    /// given by its parameters and reads, where the call stands, the same variables it captures; null otherwise.
    /// </summary>
    private HelperShape? LocalRangeShapeOf(InvocationExpressionSyntax call, IMethodSymbol method)
    {
        if (call.Expression is not IdentifierNameSyntax || method.DeclaringSyntaxReferences is not [var reference]
            || reference.SyntaxTree != _declaration.SyntaxTree || !_declaration.Span.Contains(reference.Span) || reference.Span.Contains(call.Span))
        {
            return null;
        }

        if (!_shapes.TryGetValue(method.OriginalDefinition, out var shape))
        {
            var declaration = reference.GetSyntax(_cancellationToken) as LocalFunctionStatementSyntax;
            // A function that folds into the caller's variable (HelperInliner.CallerAccumulators.cs) may be void and take it by ref.
            var foldsIntoCaller = declaration is not null && FoldsIntoCaller(declaration, method);
            shape = declaration is not null && (foldsIntoCaller || WalksParameterRange(declaration, method))
                ? HelperShape.OfLocalFunction(method, declaration, _model, _cancellationToken, foldsIntoCaller)
                : null;
            _shapes[method.OriginalDefinition] = shape;
        }

        return shape is not null && shape.NamesBindAt(call.SpanStart, _model, _cancellationToken) ? shape : null;
    }

    /// <summary>
    /// True when a loop of <paramref name="declaration"/> (not of a function nested in it) is a range walk the inliner
    /// rebases (a <c>for</c> or <c>while</c> range walk, plain or seeded) whose start is a parameter of <paramref name="method"/>.
    /// </summary>
    private bool WalksParameterRange(LocalFunctionStatementSyntax declaration, IMethodSymbol method)
    {
        var body = (SyntaxNode?)declaration.Body ?? declaration.ExpressionBody;
        if (body is null)
        {
            return false;
        }

        foreach (var loop in body.DescendantNodes(node => node is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)))
        {
            var start = loop switch
            {
                ForStatementSyntax walk => RangeWalkOf(walk)?.Start,
                WhileStatementSyntax walk => WhileRangeWalkOf(walk)?.Start,
                _ => null,
            };
            if (start is not null && _model.GetSymbolInfo(start, _cancellationToken).Symbol is IParameterSymbol parameter
                && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, method))
            {
                return true;
            }
        }

        return false;
    }
}
