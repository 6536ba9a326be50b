using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace LayerGen.CodeFixes.Backward;

/// <summary>A rewrite that was shown to apply; <see cref="ApplyAsync"/> produces the fixed document.</summary>
internal interface IRewritePlan
{
    Task<Document> ApplyAsync(CancellationToken cancellationToken);
}
