using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// An <c>out</c> argument that declares its variable (<c>RowSum(row, out double s);</c>, <c>out var s</c>): the variable
/// is declared as a statement of its own before the inlined body, in the call's block (where the declaration expression
/// put it), and the helper's writes of the <c>out</c> parameter become writes of it. So a sum or a max a helper delivers
/// through <c>out</c> is the helper's fold, seen by the caller as if written inline (HeldOut76's
/// <c>InOutParams_OutRowSumTotal</c>: <c>total += rowSum</c> above the row loop spans the rows).
/// </summary>
internal sealed partial class HelperInliner
{
    /// <summary>
    /// The declaration statement and the name of the variable <paramref name="argument"/> declares
    /// (<paramref name="visited"/> is the argument as rewritten, its name possibly renamed); null for any other argument
    /// (a plain variable, a discard, a deconstruction).
    /// </summary>
    private (StatementSyntax Declaration, IdentifierNameSyntax Name)? OutDeclaration(ArgumentSyntax argument, ExpressionSyntax visited)
    {
        if (argument.Expression is not DeclarationExpressionSyntax { Designation: SingleVariableDesignationSyntax designation }
            || visited is not DeclarationExpressionSyntax { Designation: SingleVariableDesignationSyntax renamed }
            || _model.GetDeclaredSymbol(designation, _cancellationToken) is not ILocalSymbol { Type: { TypeKind: not TypeKind.Error } type })
        {
            return null;
        }

        var name = renamed.Identifier.ValueText;
        return (Declaration(type, name, argument.SpanStart, initializer: null).WithAdditionalAnnotations(InlinedBody.OriginOf(argument)), SyntaxFactory.IdentifierName(name));
    }
}
