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
/// before the site's first exp statement, and <c>exp(arg)</c> → <c>exp(arg - max)</c> for each unshifted exp.
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
        var name = UniqueName(model, plan.InsertBefore.SpanStart, "max");
        var isFloat = plan.ElementType.SpecialType == SpecialType.System_Single;
        var mathType = model.Compilation.GetTypeByMetadataName(isFloat ? "System.MathF" : "System.Math")!;

        // T max = T.NegativeInfinity;
        var declaration = generator.LocalDeclarationStatement(
            generator.TypeExpression(plan.ElementType),
            name,
            generator.MemberAccessExpression(generator.TypeExpression(plan.ElementType), "NegativeInfinity"));

        // for (<the anchor loop's header>) max = MathF.Max(max, <its exp argument>);
        var fold = generator.ExpressionStatement(generator.AssignmentStatement(
            IdentifierName(name),
            generator.InvocationExpression(
                generator.MemberAccessExpression(generator.TypeExpression(mathType), "Max"),
                IdentifierName(name),
                plan.AnchorArgument.WithoutTrivia())));
        var maxLoop = plan.AnchorLoop.WithStatement((StatementSyntax)fold).WithoutTrivia();

        // The document's own line ending (LF in most repositories), not the platform's.
        var newLine = root.DescendantTrivia().FirstOrDefault(trivia => trivia.IsKind(SyntaxKind.EndOfLineTrivia)) is { RawKind: not 0 } existing
            ? existing
            : ElasticLineFeed;
        editor.InsertBefore(plan.InsertBefore, new[]
        {
            declaration.WithTrailingTrivia(newLine).WithAdditionalAnnotations(Formatter.Annotation, Simplifier.Annotation),
            maxLoop.WithTrailingTrivia(newLine).WithAdditionalAnnotations(Formatter.Annotation, Simplifier.Annotation),
        });

        foreach (var call in plan.Exps)
        {
            var argument = call.ArgumentList.Arguments[0];
            var shifted = generator.SubtractExpression(argument.Expression.WithoutTrivia(), IdentifierName(name));
            editor.ReplaceNode(argument.Expression, ((ExpressionSyntax)shifted).WithTriviaFrom(argument.Expression).WithAdditionalAnnotations(Formatter.Annotation));
        }

        var changed = await Simplifier.ReduceAsync(editor.GetChangedDocument(), Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await Formatter.FormatAsync(changed, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private static string UniqueName(SemanticModel model, int position, string baseName)
    {
        var name = baseName;
        for (var suffix = 1; model.LookupSymbols(position, name: name).Any() || UsedLater(model, name); suffix++)
        {
            name = baseName + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return name;
    }

    private static bool UsedLater(SemanticModel model, string name) =>
        model.SyntaxTree.GetRoot().DescendantNodes().OfType<VariableDeclaratorSyntax>().Any(declarator => declarator.Identifier.ValueText == name);
}
