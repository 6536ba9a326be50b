using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A row a helper returns when the helper cannot be put in place by the inliner (review43 B, branch helperexp3): an early
/// <c>return x</c>, a branch. The helper inlined (HelperInliner.cs, row helpers included, HelperShape.cs) is read as the
/// caller's inline code is, and its shift judged as an inline shift (ShiftForms.cs, StoredShifts.cs). One that is not is
/// modelled alone: a returned value that carries a shift of anything that is no constant makes the row unknown, counted
/// as shifted so that it stays silent, never raw (precision first). A returned value that carries no such shift keeps the
/// old reading (the data it was given: a logits helper stays raw).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>True when a value one of <paramref name="returns"/> returns (in <paramref name="body"/>'s own model) carries a shift that is no constant.</summary>
    private bool ReturnsAShiftedValue(IMethodBodyOperation body, IMethodSymbol method, List<IReturnOperation> returns)
    {
        // Each helper model is one level deeper: a recursive helper ends at the last level.
        if (_summaryLevel + 1 >= MaxHelperLevel || returns.Count == 0 || returns.Any(ret => ret.ReturnedValue is null) || method.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken).DescendantNodes().Skip(MaxNestedModelNodes).Any())
        {
            return false;
        }

        var helper = new SoftmaxModel(body, Symbols, () => FlowIndex.Build(GraphOf(body), _cancellationToken), followHelpers: false, _cancellationToken)
        {
            _depth = MaxProvenanceDepth,
            _isSummary = true,
            _summaryLevel = _summaryLevel + 1,
            _inlined = body.Syntax.SyntaxTree == _root.Syntax.SyntaxTree ? _inlined : null,
        };
        helper.Analyse();
        return !helper.HasErrors && returns.Any(ret => helper.ReturnedElements(ret.ReturnedValue!).Shifts.Any(shift => !IsFixedValue(shift)));
    }

    /// <summary>What an element of the row <paramref name="value"/> is holds: a LINQ view's mapped elements, a buffer's stored content, else the value's facts.</summary>
    private ValueFacts ReturnedElements(IOperation value) => EvalView(value) switch
    {
        { Elements: { } elements } => elements,
        { Root: { } root } => ElementFacts(root, StableKeys.Map<ImmutableHashSet<DimensionAtom>>()),
        _ => Eval(value),
    };

    /// <summary>
    /// True when a helper of another file (not bound here) subtracts something from a value: a difference, <c>-=</c> or a
    /// <c>Subtract</c> call, other than an index or a count minus a literal (<c>n - 1</c>). Its returned row is unknown.
    /// </summary>
    private static bool SubtractsAnything(SyntaxNode declaration) =>
        declaration.DescendantNodes().Any(node => node switch
        {
            BinaryExpressionSyntax { RawKind: (int)SyntaxKind.SubtractExpression } difference =>
                difference.Right is not LiteralExpressionSyntax && !difference.Ancestors().Any(ancestor => ancestor is BracketedArgumentListSyntax),
            AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SubtractAssignmentExpression } compound => compound.Right is not LiteralExpressionSyntax,
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Subtract" } } => true,
            _ => false,
        });
}
