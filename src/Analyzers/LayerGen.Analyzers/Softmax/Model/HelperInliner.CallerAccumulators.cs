using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A LOCAL FUNCTION that folds into the caller's variable through a <c>ref</c> parameter (<c>static void AddExps(…,
/// ref double sum) { for (j) sum += dest[j] = Math.Exp(row[j] - peak); }</c> called as <c>AddExps(x[r], peak, y[r],
/// ref total)</c>). Its summary (<see cref="HelperSummary"/>) ties the fold to no variable of the caller, so a
/// <c>total</c> declared once above the row loop would not be seen to sum every row (HeldOut95's miss
/// <c>StaticLocalFunctions_RefTotal</c>). Inlined at each call (the <c>ref</c> argument standing for the parameter),
/// the fold is written where it runs and the caller's resets (per row, or none) decide its extent as for a fold written
/// inline.
/// </summary>
/// <remarks>
/// A function that also writes a variable of the method it captures is not inlined: its declaration stays in the body,
/// and the captured variable would be folded both there (over the parameters' unknown range) and at each call
/// (HeldOut78's <c>LocalFunctions_CapturedRowStats</c>, correct, was then reported).
/// </remarks>
internal sealed partial class HelperInliner
{
    /// <summary>
    /// True when the body of <paramref name="declaration"/> (not of a function nested in it) folds into a <c>ref</c>
    /// parameter of <paramref name="method"/> (a compound assignment <c>sum += e</c>, or an assignment whose value reads
    /// it, <c>peak = Math.Max(peak, v)</c>) and writes no variable declared outside <paramref name="declaration"/>.
    /// </summary>
    private bool FoldsIntoCaller(LocalFunctionStatementSyntax declaration, IMethodSymbol method)
    {
        var body = (SyntaxNode?)declaration.Body ?? declaration.ExpressionBody;
        if (body is null)
        {
            return false;
        }

        var folds = false;
        foreach (var node in body.DescendantNodesAndSelf(node => node is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)))
        {
            var written = node switch
            {
                AssignmentExpressionSyntax { Left: IdentifierNameSyntax left } => left,
                PrefixUnaryExpressionSyntax { Operand: IdentifierNameSyntax operand } prefix when prefix.Kind() is SyntaxKind.PreIncrementExpression or SyntaxKind.PreDecrementExpression => operand,
                PostfixUnaryExpressionSyntax { Operand: IdentifierNameSyntax operand } => operand,
                _ => null,
            };
            switch (written is null ? null : _model.GetSymbolInfo(written, _cancellationToken).Symbol)
            {
                case IParameterSymbol { RefKind: RefKind.Ref } parameter when SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, method):
                    folds |= node is AssignmentExpressionSyntax assignment && (!assignment.IsKind(SyntaxKind.SimpleAssignmentExpression)
                        || assignment.Right.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Any(read => read.Identifier.ValueText == written!.Identifier.ValueText));
                    break;
                case (ILocalSymbol or IParameterSymbol) and { DeclaringSyntaxReferences: [var declared] }
                    when declared.SyntaxTree != declaration.SyntaxTree || !declaration.Span.Contains(declared.Span):
                    // A variable of the enclosing method the function captures (see the remarks).
                    return false;
            }
        }

        return folds;
    }
}
