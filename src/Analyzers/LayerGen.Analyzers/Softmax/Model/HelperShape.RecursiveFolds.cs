using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// The shape of a self-recursive fold helper (<see cref="RecursiveFold"/>): it has no statements to copy; the inliner
/// writes the loop the recursion computes in their place (HelperInliner.RecursiveFolds.cs).
/// </summary>
internal sealed partial class HelperShape
{
    /// <summary>The fold a recursive helper computes, written as a loop where it is called; null for any other helper.</summary>
    public RecursiveFold? Fold { get; private set; }

    /// <summary>
    /// The shape of <paramref name="method"/> (declared by <paramref name="declaration"/>, a method or a local function)
    /// when its body is a recursive fold; null otherwise. It is pure when the fold's parts write nothing and call only
    /// value-returning library methods (the call may then be hoisted out of a larger expression).
    /// </summary>
    public static HelperShape? OfRecursiveFold(IMethodSymbol method, CSharpSyntaxNode declaration, SemanticModel model, CancellationToken cancellationToken)
    {
        if (RecursiveFold.Read(method, declaration, model, cancellationToken) is not { } fold)
        {
            return null;
        }

        var modifiers = declaration switch
        {
            MethodDeclarationSyntax declared => declared.Modifiers,
            LocalFunctionStatementSyntax local => local.Modifiers,
            _ => default,
        };
        if (modifiers.Any(SyntaxKind.UnsafeKeyword))
        {
            return null;
        }

        var shape = new HelperShape(method, declaration, modifiers, ImmutableArray<FixedStatementSyntax>.Empty, ImmutableArray<StatementSyntax>.Empty, returned: null, yielded: null) { Fold = fold };
        var parts = new SyntaxNode?[] { fold.Element, fold.Seed, fold.Bound, fold.Step, fold.MaxFunction }.OfType<SyntaxNode>();
        foreach (var node in parts.SelectMany(part => part.DescendantNodesAndSelf()))
        {
            switch (node)
            {
                case PointerTypeSyntax or FixedStatementSyntax or AwaitExpressionSyntax or BaseExpressionSyntax or QueryExpressionSyntax:
                    return null;
                case InvocationExpressionSyntax invocation:
                    shape.IsPure &= model.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol target && IsPureCall(target);
                    break;
                case SimpleNameSyntax name when !IsMemberName(name):
                    shape.ReadName(name, model, cancellationToken);
                    break;
            }
        }

        return shape._hasUnboundName ? null : shape;
    }
}
