using System.Threading;
using System.Threading.Tasks;
using LayerGen.CodeFixes.Backward;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace LayerGen.CodeFixes.Softmax;

/// <summary>
/// Applies a <see cref="LinqMaxShiftPlan"/>: <c>T max = T.NegativeInfinity; foreach (var logit in source) max = Math(F).Max(max, logit);</c>
/// before the statement, <c>Select(Math.Exp)</c> → <c>Select(logit =&gt; Math.Exp(logit - max))</c> and
/// <c>Math.Exp(v)</c> → <c>Math.Exp(v - max)</c> inside a lambda.
/// </summary>
internal static class LinqMaxShiftRewriter
{
    public static async Task<Document> RewriteAsync(Document document, TextSpan diagnosticSpan, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        var diagnosed = root.FindNode(diagnosticSpan, getInnermostNodeForTie: true);
        if (LinqMaxShiftPlan.TryCreate(model, diagnosed, cancellationToken) is not { } plan || MethodModel.BodyOwner(diagnosed) is not { } owner)
        {
            return document;
        }

        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var generator = editor.Generator;
        var max = MaximumStatements.UniqueName(model, plan.InsertBefore.SpanStart, "max");
        var element = RewriteSyntax.UniqueName("logit", model, plan.InsertBefore.SpanStart, owner);
        MaximumStatements.InsertBefore(editor, plan.InsertBefore, MaximumStatements.CreateForEach(
            generator, model.Compilation, plan.ElementType, max, element, plan.Source, MaximumStatements.NewLineOf(root)));

        foreach (var methodGroup in plan.MethodGroups)
        {
            var shifted = (ExpressionSyntax)generator.SubtractExpression(IdentifierName(element), IdentifierName(max));
            var lambda = SimpleLambdaExpression(Parameter(Identifier(element)), InvocationExpression((ExpressionSyntax)methodGroup.WithoutTrivia(), ArgumentList(SingletonSeparatedList(Argument(shifted)))));
            editor.ReplaceNode(methodGroup, lambda.WithTriviaFrom(methodGroup).WithAdditionalAnnotations(Formatter.Annotation));
        }

        foreach (var argument in plan.LambdaArguments)
        {
            var shifted = (ExpressionSyntax)generator.SubtractExpression(argument.WithoutTrivia(), IdentifierName(max));
            editor.ReplaceNode(argument, shifted.WithTriviaFrom(argument).WithAdditionalAnnotations(Formatter.Annotation));
        }

        // log(Σ exp(v - max)) + max is the unshifted log-sum-exp (the log contains the rewritten exps: built on the edited node).
        foreach (var log in plan.Logs)
        {
            editor.ReplaceNode(log, (current, gen) => ParenthesizedExpression((ExpressionSyntax)gen.AddExpression(IdentifierName(max), current.WithoutTrivia()))
                .WithTriviaFrom(current).WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation));
        }

        return await Cleanup.RunAsync(editor.GetChangedDocument(), cancellationToken).ConfigureAwait(false);
    }
}
