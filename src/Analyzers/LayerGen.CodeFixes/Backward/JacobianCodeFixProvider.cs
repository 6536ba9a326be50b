using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using LayerGen.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace LayerGen.CodeFixes.Backward;

/// <summary>
/// "Use the O(n) softmax vector-Jacobian product" (LG0006): replaces the Jacobian-vector product by
/// <c>y ⊙ (dy − ⟨y, dy⟩)</c> and removes a stored Jacobian (see <see cref="JacobianRewrite"/>). Not offered where the
/// entries cannot be proven to be the softmax Jacobian's or the Jacobian is used elsewhere.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(JacobianCodeFixProvider))]
[Shared]
public sealed class JacobianCodeFixProvider : PlannedRewriteCodeFixProvider
{
    /// <summary>Title and equivalence key.</summary>
    public const string Title = "Use the O(n) softmax vector-Jacobian product y ⊙ (dy - ⟨y, dy⟩)";

    /// <summary>Creates the provider (MEF).</summary>
    public JacobianCodeFixProvider()
        : base(RuleIdentifiers.MaterialisedSoftmaxJacobian, Title)
    {
    }

    private protected override async Task<IRewritePlan?> PlanAsync(Document document, TextSpan span, CancellationToken cancellationToken) =>
        await JacobianRewrite.PlanAsync(document, span, cancellationToken).ConfigureAwait(false);
}
