using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using LayerGen.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace LayerGen.CodeFixes.Softmax;

/// <summary>
/// "Use the maximum of each softmax slice" (LG0001, LG0004), "Use the sum of each softmax slice" (LG0002) and "Normalise
/// each row: its own maximum and sum" (LG0008), in any layout the softmax model reads (see <see cref="SliceRepair"/>). Offered only where the rewrite was planned and
/// applied: the action's document is computed when the fix is offered.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SliceReductionCodeFixProvider))]
[Shared]
public sealed class SliceReductionCodeFixProvider : CodeFixProvider
{
    /// <summary>Title and equivalence key of the LG0001/LG0004 fix.</summary>
    public const string SliceMaximumTitle = "Use the maximum of each softmax slice";

    /// <summary>Title and equivalence key of the LG0002 fix.</summary>
    public const string SliceSumTitle = "Use the sum of each softmax slice";

    /// <summary>Title and equivalence key of the LG0008 fix (the row is the innermost loop's dimension).</summary>
    public const string PerRowTitle = "Normalise each row: its own maximum and sum";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        RuleIdentifiers.GlobalMaxInBatchSoftmax, RuleIdentifiers.GlobalSumInBatchSoftmax, RuleIdentifiers.MismatchedSoftmaxAxes, RuleIdentifiers.WholeBufferSoftmax);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() =>
        FixAllProvider.Create(static async (context, document, diagnostics) =>
            await SliceRepair.RepairAllAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false));

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            var repaired = await SliceRepair.RepairAsync(context.Document, diagnostic.Id, diagnostic.Location.SourceSpan, context.CancellationToken).ConfigureAwait(false);
            if (repaired is null)
            {
                continue;
            }

            var title = diagnostic.Id switch
            {
                RuleIdentifiers.GlobalSumInBatchSoftmax => SliceSumTitle,
                RuleIdentifiers.WholeBufferSoftmax => PerRowTitle,
                _ => SliceMaximumTitle,
            };
            context.RegisterCodeFix(CodeAction.Create(title, _ => Task.FromResult(repaired), equivalenceKey: title), diagnostic);
        }
    }
}
