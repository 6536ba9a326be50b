using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using LayerGen.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace LayerGen.CodeFixes.Backward;

/// <summary>
/// "Use the O(n) softmax vector-Jacobian product" (LG0006): replaces the Jacobian-vector product by
/// <c>y ⊙ (dy − ⟨y, dy⟩)</c> and removes a stored Jacobian (see <see cref="JacobianRewrite"/>). Not offered where the
/// entries cannot be proven to be the softmax Jacobian's or the Jacobian is used elsewhere.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(JacobianCodeFixProvider))]
[Shared]
public sealed class JacobianCodeFixProvider : CodeFixProvider
{
    /// <summary>Title and equivalence key.</summary>
    public const string Title = "Use the O(n) softmax vector-Jacobian product y ⊙ (dy - ⟨y, dy⟩)";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.MaterialisedSoftmaxJacobian);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => OneAtATimeFixAll.Create(JacobianRewrite.ApplyAsync);

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            var span = diagnostic.Location.SourceSpan;
            if (await JacobianRewrite.PlanAsync(context.Document, span, context.CancellationToken).ConfigureAwait(false) is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(Title, cancellationToken => JacobianRewrite.ApplyAsync(context.Document, span, cancellationToken), equivalenceKey: Title),
                diagnostic);
        }
    }
}
