using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A sum folded from a nested store (<c>sum += p[r][c] = Math.Exp(z[r][c] - max)</c>, also <c>= e</c> with
/// <c>var e = Math.Exp(...)</c>) reads the exps in z's coordinates, as the assignment's value is its right-hand side,
/// while the division <c>p[r][c] /= sum</c> reads p's. The raw atoms differ, yet the element write links p's dimensions to
/// z's (<see cref="DimensionClasses"/>): the sum runs along the divided value's own axes, so the site is a stored softmax,
/// not a weighted average whose slice would add z's axes to p's (and take a max carried between the phases of a state
/// machine for one read at its step, <see cref="IsStepMaxOfUnrescaledNumerator"/>).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// True when every axis class of <paramref name="sum"/>'s atoms is a class of <paramref name="siteAtoms"/>: the sum
    /// folds dimensions of the divided value itself, however the two are spelled.
    /// </summary>
    private bool SumAlongSiteClasses(Reduction sum, ImmutableHashSet<DimensionAtom> siteAtoms) =>
        !siteAtoms.IsEmpty && Classes.Classes(sum.Atoms).IsSubsetOf(Classes.Classes(siteAtoms));
}
