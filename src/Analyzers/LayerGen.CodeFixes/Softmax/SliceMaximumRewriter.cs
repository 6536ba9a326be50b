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

/// <summary>Applies a <see cref="SliceMaximumPlan"/>: a per-slice maximum replaces the too-wide one in the site's exps.</summary>
internal static class SliceMaximumRewriter
{
    public static async Task<Document> RewriteAsync(Document document, TextSpan foldSpan, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null || SliceMaximumPlan.TryCreate(model, root.FindNode(foldSpan, getInnermostNodeForTie: true), cancellationToken) is not { } plan)
        {
            return document;
        }

        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var generator = editor.Generator;
        var name = plan.ReusableName ?? MaximumStatements.UniqueName(model, plan.InsertBefore.SpanStart, "sliceMax");
        var newLine = MaximumStatements.NewLineOf(root);

        MaximumStatements.InsertBefore(editor, plan.InsertBefore, MaximumStatements.Create(generator, model.Compilation, plan.ElementType, name, plan.AnchorLoop, plan.AnchorValue, newLine));
        foreach (var shift in plan.ShiftsToReplace)
        {
            editor.ReplaceNode(shift, IdentifierName(name).WithTriviaFrom(shift));
        }

        foreach (var removal in plan.Removals)
        {
            editor.RemoveNode(removal, SyntaxRemoveOptions.KeepNoTrivia);
        }

        var changed = await Simplifier.ReduceAsync(editor.GetChangedDocument(), Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await Formatter.FormatAsync(changed, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
