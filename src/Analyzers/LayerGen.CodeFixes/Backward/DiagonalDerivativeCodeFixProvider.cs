using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using LayerGen.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace LayerGen.CodeFixes.Backward;

/// <summary>
/// "Use the softmax vector-Jacobian product" (LG0007): replaces the element-wise <c>dy ⊙ y(1 − y)</c> by
/// <c>y ⊙ (dy − ⟨y, dy⟩)</c> (see <see cref="DiagonalDerivativeRewrite"/>). Not offered where the rewrite cannot be
/// shown to cover one softmax slice or to re-read the same values.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DiagonalDerivativeCodeFixProvider))]
[Shared]
public sealed class DiagonalDerivativeCodeFixProvider : PlannedRewriteCodeFixProvider
{
    /// <summary>Title and equivalence key.</summary>
    public const string Title = "Use the softmax vector-Jacobian product y ⊙ (dy - ⟨y, dy⟩)";

    /// <summary>Creates the provider (MEF).</summary>
    public DiagonalDerivativeCodeFixProvider()
        : base(RuleIdentifiers.DiagonalSoftmaxDerivative, Title)
    {
    }

    private protected override async Task<IRewritePlan?> PlanAsync(Document document, TextSpan span, CancellationToken cancellationToken) =>
        await DiagonalDerivativeRewrite.PlanAsync(document, span, cancellationToken).ConfigureAwait(false);
}
