using System.Threading;
using System.Threading.Tasks;
using LayerGen.CodeFixes.Backward;
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
/// Applies a <see cref="SliceSumPlan"/>: <c>T sum = 0; for (…the dividing loop's header…) { sum += value; }</c> before
/// the loop that divides the slice, the division reads it, and the old sum's statements go.
/// </summary>
internal static class SliceSumRewriter
{
    public static async Task<Document> RewriteAsync(Document document, TextSpan foldSpan, CancellationToken cancellationToken)
    {
        if (await MethodModel.CreateAsync(document, foldSpan, cancellationToken).ConfigureAwait(false) is not { } method
            || SliceSumPlan.TryCreate(method, foldSpan) is not { } plan)
        {
            return document;
        }

        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var generator = editor.Generator;
        var loop = (ForStatementSyntax)plan.DivisionLoop.Syntax;
        var name = plan.ReusableName ?? RewriteSyntax.UniqueName("sliceSum", method.SemanticModel, loop.SpanStart, method.Owner);
        var newLine = MaximumStatements.NewLineOf(method.Root);

        var declaration = RewriteSyntax.Declaration(plan.SumType, name, RewriteSyntax.Zero(plan.SumType, generator)!, generator);
        var accumulate = ExpressionStatement(AssignmentExpression(SyntaxKind.AddAssignmentExpression, IdentifierName(name), plan.DividedValue.WithoutTrivia()));
        var sumLoop = loop.WithStatement(Block(accumulate)).WithoutTrivia();
        MaximumStatements.InsertBefore(editor, loop, new SyntaxNode[]
        {
            declaration.WithTrailingTrivia(newLine).WithAdditionalAnnotations(Formatter.Annotation, Simplifier.Annotation),
            sumLoop.WithTrailingTrivia(newLine).WithAdditionalAnnotations(Formatter.Annotation, Simplifier.Annotation),
        });
        editor.ReplaceNode(plan.DivisorReference, IdentifierName(name).WithTriviaFrom(plan.DivisorReference));
        foreach (var removal in plan.Removals)
        {
            editor.RemoveNode(removal, SyntaxRemoveOptions.KeepNoTrivia);
        }

        return await Cleanup.RunAsync(editor.GetChangedDocument(), cancellationToken).ConfigureAwait(false);
    }
}
