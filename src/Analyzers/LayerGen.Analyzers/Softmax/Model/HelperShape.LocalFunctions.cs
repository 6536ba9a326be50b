using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// The shape of a LOCAL FUNCTION of the analysed method, read like a same-type helper's so that its body can stand
/// where it is called (HelperInliner.LocalRangeFunctions.cs decides which local functions are inlined: those that walk
/// a range their parameters give). The body reads the method's variables it captures by their own names; the inliner
/// checks per call that those names mean the same variables there.
/// </summary>
internal sealed partial class HelperShape
{
    /// <summary>
    /// The shape of <paramref name="method"/>, a local function declared by <paramref name="declaration"/>, when it can
    /// be inlined: not generic, async, an iterator or unsafe, by-value parameters only, small, a block that ends in its
    /// only <c>return</c> (or an expression body), no recursion or jumps (<see cref="Read"/>); null otherwise. With
    /// <paramref name="foldsIntoCaller"/> (it folds into a <c>ref</c> parameter, HelperInliner.CallerAccumulators.cs) it may also be
    /// void, a block without <c>return</c>, and take <c>ref</c> parameters, which the call's variables stand for.
    /// </summary>
    public static HelperShape? OfLocalFunction(IMethodSymbol method, LocalFunctionStatementSyntax declaration, SemanticModel model, CancellationToken cancellationToken, bool foldsIntoCaller = false)
    {
        if (method is not { MethodKind: MethodKind.LocalFunction, IsGenericMethod: false, IsAsync: false, ReturnsByRef: false, ReturnsByRefReadonly: false }
            || method.ReturnsVoid && !foldsIntoCaller
            || method.Parameters.Any(parameter => parameter.IsParams || !(parameter.RefKind == RefKind.None || foldsIntoCaller && parameter.RefKind == RefKind.Ref))
            || declaration.Modifiers.Any(SyntaxKind.UnsafeKeyword)
            || declaration.DescendantNodes().Skip(MaxNodes).Any())
        {
            return null;
        }

        var statements = ImmutableArray<StatementSyntax>.Empty;
        ExpressionSyntax? returned;
        if (declaration.ExpressionBody is { Expression: var expression })
        {
            returned = expression;
        }
        else if (declaration.Body is { Statements: [.., ReturnStatementSyntax { Expression: { } last }] } body)
        {
            // The statements of the tree itself (SyntaxList.RemoveAt would make detached copies the model cannot bind).
            statements = body.Statements.Take(body.Statements.Count - 1).ToImmutableArray();
            returned = last;
        }
        else if (method.ReturnsVoid && declaration.Body is { } voidBody && !voidBody.DescendantNodes(node => node is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)).OfType<ReturnStatementSyntax>().Any())
        {
            // A void fold into the caller's variable: its whole body runs where it is called, nothing returned.
            statements = voidBody.Statements.ToImmutableArray();
            returned = null;
        }
        else
        {
            return null;
        }

        var shape = new HelperShape(method, declaration, declaration.Modifiers, ImmutableArray<FixedStatementSyntax>.Empty, statements, returned, yielded: null);
        return shape.Read(model, cancellationToken) && !shape.NeedsUnsafeContext ? shape : null;
    }

    /// <summary>
    /// True when every name the local function's body reads that it does not declare itself (a variable of the method it
    /// captures, a field, a type, a method) is the same symbol where <paramref name="position"/> stands, so the body
    /// inlined there reads what it read where it was written.
    /// </summary>
    public bool NamesBindAt(int position, SemanticModel model, CancellationToken cancellationToken)
    {
        foreach (var name in Declaration.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (IsMemberName(name) || name.IsVar || model.GetSymbolInfo(name, cancellationToken).Symbol is not { } symbol
                || symbol.DeclaringSyntaxReferences.Any(reference => reference.SyntaxTree == Declaration.SyntaxTree && Declaration.Span.Contains(reference.Span)))
            {
                continue;
            }

            if (!model.LookupSymbols(position, name: name.Identifier.ValueText).Any(seen => SymbolEqualityComparer.Default.Equals(seen.OriginalDefinition, symbol.OriginalDefinition)))
            {
                return false;
            }
        }

        return true;
    }
}
