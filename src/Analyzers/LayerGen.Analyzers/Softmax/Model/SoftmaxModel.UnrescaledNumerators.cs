using System.Linq;
using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// An online weighted average whose numerator is not moved to each new running maximum (review 41's F12): the
/// denominator is rescaled (<c>l = l * exp(m - mNew) + p</c>), the accumulator only adds <c>acc[c] += p * v</c>. A
/// running max read at its own step is the max of the prefix walked so far (<see cref="IsScanLoop"/>), which is the
/// shift of every term only for an accumulator rescaled at each step; the numerator's terms keep the maxima of their
/// own prefixes, so for it the max is read mid-way (partial), in-place (<c>m = Max(m, x)</c>) and temporary
/// (<c>mNew = Max(m, x); … m = mNew</c>) spellings alike.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// True when <paramref name="max"/>, read (not partial) in the numerator's <paramref name="exp"/> inside a loop its
    /// fold carries across, shifts exps of an accumulator <paramref name="numeratorOperation"/> reads that no write
    /// rescales (<see cref="IsRescaledAccumulator"/>).
    /// </summary>
    private bool IsStepMaxOfUnrescaledNumerator(Reduction max, IOperation exp, IOperation? numeratorOperation) =>
        max is { Kind: ReductionKind.Max, IsPartial: false, IsInline: false, SignUnknown: false }
        && numeratorOperation is not null
        && EnclosingLoops(exp).Any(loop => CarriesAcross(max, loop))
        && !IsRescaledAccumulator(numeratorOperation);
}
