using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Renormalisations: a division of values a softmax already normalised, by a sum of those probabilities
/// (<c>attn[k, n] /= colSum[n]</c>, then <c>w[k, n] = (attn[k, n] + eps) / rowMass[k]</c>). The second division is a
/// site too (its sum may still span too much), but the maxima subtracted in the exps belong to the first one: they
/// were paired with the sum the exps were divided by first, so the later site carries no maxima of its own.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>Divisions whose divided value and summed values are both softmax probabilities (candidates only).</summary>
    private readonly HashSet<IOperation> _probabilityDivisions = new();

    private void NoteProbabilityDivision(IOperation division, ValueFacts numerator, Reduction sum)
    {
        if (numerator.IsProbability && sum.Elements.IsProbability)
        {
            _probabilityDivisions.Add(division);
        }
    }

    /// <summary>
    /// Strips the maxima from every site that divides the output of an earlier site over the same exps: the earlier
    /// division comes first in the source and reaches it in the control flow. Values are tracked flow-insensitively
    /// (the first site's own numerator is a probability too), so the order is what tells the two apart.
    /// </summary>
    private void StripRenormalisedMaxima()
    {
        if (_probabilityDivisions.Count == 0 || _sites.Count < 2)
        {
            return;
        }

        for (var index = 0; index < _sites.Count; index++)
        {
            var later = _sites[index];
            if (later.IsLogSoftmax || later.Maxima.IsEmpty || !_probabilityDivisions.Contains(later.Division))
            {
                continue;
            }

            var first = _sites.FirstOrDefault(site => site != later && !site.IsLogSoftmax
                && site.Division.Syntax.SpanStart < later.Division.Syntax.SpanStart
                && later.Exps.All(site.Exps.Contains)
                && Flow.Reaches(site.Division, later.Division, System.Array.Empty<IOperation>()));
            if (first is not null)
            {
                _sites[index] = new SoftmaxSite(
                    later.Division, later.SiteAtoms, later.Sum, ImmutableArray<Reduction>.Empty, ImmutableArray<Reduction>.Empty, later.Exps, movedAtoms: later.MovedAtoms);
            }
        }
    }
}
