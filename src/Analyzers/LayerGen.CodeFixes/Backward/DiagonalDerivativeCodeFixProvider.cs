using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using LayerGen.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace LayerGen.CodeFixes.Backward;

/// <summary>
/// "Use the softmax vector-Jacobian product" (LG0007): replaces the element-wise <c>dy ⊙ y(1 − y)</c> by
/// <c>y ⊙ (dy − ⟨y, dy⟩)</c> (see <see cref="DiagonalDerivativeRewrite"/>). Not offered where the rewrite cannot be
/// shown to cover one softmax slice or to re-read the same values.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DiagonalDerivativeCodeFixProvider))]
[Shared]
public sealed class DiagonalDerivativeCodeFixProvider : CodeFixProvider
{
    /// <summary>Title and equivalence key.</summary>
    public const string Title = "Use the softmax vector-Jacobian product y ⊙ (dy - ⟨y, dy⟩)";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.DiagonalSoftmaxDerivative);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => OneAtATimeFixAll.Create(DiagonalDerivativeRewrite.ApplyAsync);

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            var span = diagnostic.Location.SourceSpan;
            if (await DiagonalDerivativeRewrite.PlanAsync(context.Document, span, context.CancellationToken).ConfigureAwait(false) is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(Title, cancellationToken => DiagonalDerivativeRewrite.ApplyAsync(context.Document, span, cancellationToken), equivalenceKey: Title),
                diagnostic);
        }
    }
}
