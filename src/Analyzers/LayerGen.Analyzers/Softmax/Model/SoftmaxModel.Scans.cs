using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Prefix and suffix scans: a fold read in the loop that walks its elements, after that step's fold, in the same
/// iteration (<c>tail += exps[k]; ll += s[k] - Math.Log(tail)</c>, the Plackett–Luce suffix log-sum-exp, a cumulative
/// softmax). Such a read is the fold over the elements walked so far, a prefix of the slice and never more than it; a
/// running fold read mid-way is one carried across slices and read between their walks. A maximum read at a step is
/// that prefix's only when a sum is rescaled against it (the online softmax); else the exps summed so far were shifted
/// by older maxima, and the read stays partial.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// True when <paramref name="loop"/> is the innermost loop around the fold <paramref name="write"/> makes into
    /// <paramref name="target"/>, one element per step (<paramref name="nested"/> false: no fold of folds, no
    /// whole-buffer call), so a read after the write in the same step is a scan step (<see cref="ReadsAfterStep"/>).
    /// </summary>
    private bool IsScanLoop(ISymbol target, ReductionKind kind, IOperation write, IOperation loop, bool nested) =>
        !nested
        && loop is ILoopOperation
        && EnclosingLoops(write).FirstOrDefault() == loop
        && (kind == ReductionKind.Sum || (kind == ReductionKind.Max && RescalesAgainst(target)));

    /// <summary>True when <paramref name="use"/> comes after the step's <paramref name="write"/> in the source.</summary>
    private static bool ReadsAfterStep(IOperation write, IOperation use) =>
        write.Syntax.SyntaxTree == use.Syntax.SyntaxTree && write.Syntax.Span.End <= use.Syntax.SpanStart;

    /// <summary>True when <paramref name="write"/> is the fold statement <paramref name="afterWrite"/> names (either holding the other).</summary>
    private static bool IsWrite(IOperation write, IOperation? afterWrite) =>
        afterWrite is not null && (Contains(write, afterWrite) || Contains(afterWrite, write));
}
