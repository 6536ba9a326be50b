using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace LayerGen.CodeFixes.Backward;

/// <summary>
/// Fix All for rewrites that insert statements around loops: the document is fixed one diagnostic at a time, each
/// time re-planned on the current text (the model is rebuilt), in source order from the last diagnostic to the
/// first so that earlier spans stay valid. Diagnostics the fix cannot handle are left alone.
/// </summary>
internal static class OneAtATimeFixAll
{
    public static FixAllProvider Create(Func<Document, TextSpan, CancellationToken, Task<Document>> apply) =>
        FixAllProvider.Create(async (context, document, diagnostics) =>
        {
            var current = document;
            foreach (var diagnostic in diagnostics.OrderByDescending(diagnostic => diagnostic.Location.SourceSpan.Start))
            {
                current = await apply(current, diagnostic.Location.SourceSpan, context.CancellationToken).ConfigureAwait(false);
            }

            return current;
        });
}
