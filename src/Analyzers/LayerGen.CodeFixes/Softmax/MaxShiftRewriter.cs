using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace LayerGen.CodeFixes.Softmax;

/// <summary>
/// Applies a <see cref="MaxShiftPlan"/>: <c>T max = T.NegativeInfinity; for (…same header…) max = Math(F).Max(max, arg);</c>
/// before the site's first exp statement, <c>exp(arg)</c> → <c>exp(arg - max)</c> (<c>Pow(e, arg)</c> → <c>Pow(e, arg - max)</c>) for each unshifted exp,
/// and, at a log-softmax site, <c>log(s)</c> → <c>max + log(s)</c>.
/// </summary>
internal static class MaxShiftRewriter
{
    public static async Task<Document> RewriteAsync(Document document, TextSpan expSpan, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root?.FindNode(expSpan, getInnermostNodeForTie: true) is not InvocationExpressionSyntax exp || model is null
            || MaxShiftPlan.TryCreate(model, exp, cancellationToken) is not { } plan)
        {
            return document;
        }

        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var generator = editor.Generator;
        var name = MaximumStatements.UniqueName(model, plan.InsertBefore.SpanStart, "max");
        MaximumStatements.InsertBefore(editor, plan.InsertBefore, MaximumStatements.Create(generator, model.Compilation, plan.ElementType, name, plan.AnchorLoop, plan.AnchorArgument, MaximumStatements.NewLineOf(root)));

        foreach (var exponent in plan.Exponents)
        {
            var shifted = generator.SubtractExpression(exponent.WithoutTrivia(), IdentifierName(name));
            editor.ReplaceNode(exponent, ((ExpressionSyntax)shifted).WithTriviaFrom(exponent).WithAdditionalAnnotations(Formatter.Annotation));
        }

        // log(s) → (max + log(s)): the shifted sum's log plus the maximum is the unshifted log-sum-exp.
        foreach (var log in plan.Logs)
        {
            var restored = ParenthesizedExpression((ExpressionSyntax)generator.AddExpression(IdentifierName(name), log.WithoutTrivia()));
            editor.ReplaceNode(log, restored.WithTriviaFrom(log).WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation));
        }

        var changed = await Simplifier.ReduceAsync(editor.GetChangedDocument(), Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await Formatter.FormatAsync(changed, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
