using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// One softmax normalisation: an exp-derived value divided by (or multiplied by the reciprocal of) a sum of exps, or
/// (<see cref="IsLogSoftmax"/>) a value minus the log of a sum of exps. Its softmax axis is what the sum folds; the
/// other dimensions of the normalised value are the batch.
/// </summary>
internal sealed class SoftmaxSite
{
    public SoftmaxSite(
        IOperation division,
        ImmutableHashSet<DimensionAtom> siteAtoms,
        Reduction sum,
        ImmutableArray<Reduction> maxima,
        ImmutableArray<Reduction> numeratorMaxima,
        ImmutableArray<IOperation> exps,
        bool isLogSoftmax = false,
        ImmutableHashSet<DimensionAtom>? fixedAtoms = null,
        ImmutableHashSet<DimensionAtom>? movedAtoms = null,
        bool dividesAlongOneLoop = false)
    {
        DividesAlongOneLoop = dividesAlongOneLoop;
        FixedAtoms = fixedAtoms ?? ImmutableHashSet<DimensionAtom>.Empty;
        MovedAtoms = movedAtoms ?? ImmutableHashSet<DimensionAtom>.Empty;
        IsLogSoftmax = isLogSoftmax;
        Division = division;
        SiteAtoms = siteAtoms;
        Sum = sum;
        Maxima = maxima;
        NumeratorMaxima = numeratorMaxima;
        Exps = exps;
    }

    /// <summary>
    /// True for a log-softmax (<c>x - m - log Σ exp(x - m)</c>): <see cref="Division"/> is then the subtraction of the
    /// log-sum-exp, and <see cref="NumeratorMaxima"/> the maxima read in the normaliser or subtracted from the value.
    /// </summary>
    public bool IsLogSoftmax { get; }

    /// <summary>
    /// True when the division runs along one loop or iterating lambda only (<c>for (i …) p[i] = e[i] / Sum(e)</c>,
    /// <c>Parallel.For(0, n, i =&gt; p[i] = e[i] / Sum(e))</c>): the buffers it walks
    /// in lockstep (<c>p</c>, <c>e</c>) are one axis, whatever classes their dimensions fell in, so the site is one
    /// vector with no batch to cover (<see cref="SiteAxes.SumCoversBatch"/>).
    /// </summary>
    public bool DividesAlongOneLoop { get; }

    /// <summary>The division, compound division, reciprocal multiplication or library call (for a log-softmax, the subtraction).</summary>
    public IOperation Division { get; }

    /// <summary>The dimensions of the divided value (softmax axis and batch together).</summary>
    public ImmutableHashSet<DimensionAtom> SiteAtoms { get; }

    /// <summary>
    /// The dimensions the exps read at an index no loop moves (<c>x[s * labels + l, 2]</c> fixes x's columns): the slice
    /// holds them at one value, so a maximum over them spans more than the slice.
    /// </summary>
    public ImmutableHashSet<DimensionAtom> FixedAtoms { get; }

    /// <summary>
    /// The dimensions the slice loops (every loop around the division and each of the sum's folds, inside which the sum
    /// restarts) move the exps along: a window loop <c>wy</c> of <c>x[wy + dy, wx + dx]</c> moves them along x's rows.
    /// A sum over the same dimensions is then one window's, not the whole batch's.
    /// </summary>
    public ImmutableHashSet<DimensionAtom> MovedAtoms { get; }

    /// <summary>The sum divided by, as seen from the division.</summary>
    public Reduction Sum { get; }

    /// <summary>The maxima subtracted inside the exps of this site (numerator and sum), as seen from each exp.</summary>
    public ImmutableArray<Reduction> Maxima { get; }

    /// <summary>The maxima subtracted in the divided value's own exps (where a running max would be read too early).</summary>
    public ImmutableArray<Reduction> NumeratorMaxima { get; }

    /// <summary>Every exp feeding the site: the divided value's and the summed values'.</summary>
    public ImmutableArray<IOperation> Exps { get; }

    /// <summary>The axis classes of the site, the sum and each max, resolved through the model's dimension classes.</summary>
    public SiteAxes Axes(DimensionClasses classes)
    {
        var site = classes.Classes(SiteAtoms);
        var fixedClasses = classes.Classes(FixedAtoms);
        fixedClasses.ExceptWith(site);
        return new(
            site,
            classes.Classes(Sum.Atoms),
            classes.Classes(Sum.StaleAtoms),
            Maxima.Select(max => (max, classes.Classes(max.Atoms), classes.Classes(max.StaleAtoms))).ToList(),
            fixedClasses,
            classes.Classes(MovedAtoms),
            DividesAlongOneLoop);
    }
}

/// <summary>A site's dimensions as classes: the whole site, the sum's axis, and each max's axis.</summary>
internal sealed class SiteAxes
{
    public SiteAxes(
        HashSet<DimensionAtom> site,
        HashSet<DimensionAtom> sum,
        HashSet<DimensionAtom> sumStale,
        List<(Reduction Max, HashSet<DimensionAtom> Axis, HashSet<DimensionAtom> Stale)> maxima,
        HashSet<DimensionAtom>? fixedCoordinates = null,
        HashSet<DimensionAtom>? moved = null,
        bool alongOneLoop = false)
    {
        AlongOneLoop = alongOneLoop;
        Fixed = fixedCoordinates ?? new HashSet<DimensionAtom>();
        Moved = moved ?? new HashSet<DimensionAtom>();
        Site = site;
        Sum = sum;
        SumStale = sumStale;
        Maxima = maxima;
    }

    public HashSet<DimensionAtom> Site { get; }

    /// <summary>The site divides along one loop (<see cref="SoftmaxSite.DividesAlongOneLoop"/>): one vector, no batch.</summary>
    public bool AlongOneLoop { get; }

    public HashSet<DimensionAtom> Sum { get; }

    public HashSet<DimensionAtom> SumStale { get; }

    /// <summary>The classes of the site's fixed coordinates that are not among its dimensions (<see cref="SoftmaxSite.FixedAtoms"/>).</summary>
    public HashSet<DimensionAtom> Fixed { get; }

    /// <summary>The classes the site's slice loops move its exps along (<see cref="SoftmaxSite.MovedAtoms"/>).</summary>
    public HashSet<DimensionAtom> Moved { get; }

    /// <summary>True when every class of <paramref name="axis"/> is a dimension or a fixed coordinate of the site.</summary>
    public bool IsWithinSite(HashSet<DimensionAtom> axis)
    {
        foreach (var atom in axis)
        {
            if (!Site.Contains(atom) && !Fixed.Contains(atom))
            {
                return false;
            }
        }

        return true;
    }

    public List<(Reduction Max, HashSet<DimensionAtom> Axis, HashSet<DimensionAtom> Stale)> Maxima { get; }

    /// <summary>True when the sum's axis is known in terms of the site's dimensions.</summary>
    public bool SumIsAnchored => Sum.Count > 0 && Sum.IsSubsetOf(Site);

    /// <summary>
    /// True when the sum folds every dimension of a multi-dimensional site and no slice loop moves the exps along
    /// them: the whole batch is one softmax. A sum restarted for each 2-D window (<c>x[wy + dy, wx + dx]</c>, the window
    /// loops moving along the very dimensions the sum folds) is one window's softmax instead. A site divided along one
    /// loop has no batch, however many buffers that loop walks (<see cref="AlongOneLoop"/>).
    /// </summary>
    public bool SumCoversBatch => SumIsAnchored && Site.Count >= 2 && !AlongOneLoop && Site.IsSubsetOf(Sum) && !Moved.Overlaps(Sum);
}
