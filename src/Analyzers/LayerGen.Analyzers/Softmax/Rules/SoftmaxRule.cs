using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LayerGen.Analyzers.Softmax.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LayerGen.Analyzers.Softmax.Rules;

/// <summary>One softmax rule: a predicate over a method's <see cref="SoftmaxModel"/> that yields diagnostics.</summary>
internal abstract class SoftmaxRule
{
    public abstract DiagnosticDescriptor Descriptor { get; }

    /// <summary>The diagnostics of this rule in one method.</summary>
    public abstract IEnumerable<Diagnostic> Find(SoftmaxModel model);

    /// <summary>
    /// The name of the buffer the site's softmax is of, for messages: a buffer its exps read along
    /// <paramref name="classes"/> (the logits, <c>z</c> of <c>a[k, s] = exp(z[k, s] - max)</c>), else the divided
    /// value's own buffer along them, else the buffer of a class representative; the first name in ordinal order
    /// where several qualify. Never whichever buffer a class happens to be represented by when the site's own are in it,
    /// and never a scale factor's buffer (<see cref="SoftmaxModel.ScaleFactorRoots"/>) while the logits' is there.
    /// </summary>
    protected static string BufferName(SoftmaxModel model, SoftmaxSite site, HashSet<DimensionAtom> classes, string fallback)
    {
        // A scale read from other data (beta[j] of -beta[j] * (g[i, j] - gMin), cfg.Beta) is not the softmax's data.
        var scales = site.Exps.SelectMany(model.ScaleFactorRoots).ToImmutableHashSet(SymbolEqualityComparer.Default);
        bool Along(DimensionAtom atom) => model.Classes.Classes(new[] { atom }).Overlaps(classes);
        bool Logit(DimensionAtom atom) => !scales.Contains(atom.Root);
        var read = site.Exps.SelectMany(exp => model.DimsOf(exp).Values).SelectMany(atoms => atoms).Where(Along).ToList();
        return FirstName(read.Where(Logit).Select(atom => atom.Root.Name))
            ?? FirstName(site.SiteAtoms.Where(Along).Where(Logit).Select(atom => atom.Root.Name))
            ?? FirstName(classes.Where(Logit).Select(atom => atom.Root.Name))
            ?? FirstName(read.Select(atom => atom.Root.Name))
            ?? FirstName(site.SiteAtoms.Where(Along).Select(atom => atom.Root.Name))
            ?? FirstName(classes.Select(atom => atom.Root.Name))
            ?? fallback;
    }

    private static string? FirstName(IEnumerable<string> names) => names.OrderBy(name => name, StringComparer.Ordinal).FirstOrDefault();

    /// <summary>
    /// True when a fold inside an inlined helper (<see cref="SoftmaxModel.CallerLocationOf"/>) is reported at the helper's
    /// call in the softmax's code, with the fold as an additional location (LG0001, LG0004: the helper's max is right for
    /// what it is given, the call gave it the wrong scope); false to report at the fold itself. A helper that is wrong
    /// itself (a member it folds that nothing resets, <see cref="SoftmaxModel.IsCarriedMemberNeverReset"/>) is reported
    /// at its fold either way.
    /// </summary>
    protected virtual bool ReportsAtHelperCall => false;

    /// <summary>
    /// As <see cref="ReportsAtHelperCall"/>, only for a helper declared in another type than the call (a static utility
    /// class's <c>MathUtil.Sum(frames)</c>): a general-purpose helper, right for what any caller gives it.
    /// </summary>
    protected virtual bool ReportsAtOtherTypesHelperCall => false;

    /// <summary>True when <paramref name="first"/> and <paramref name="second"/> lie in different type declarations of one file.</summary>
    private static bool AreInDifferentTypes(Location first, Location second) =>
        first.SourceTree is { } tree && second.SourceTree == tree
        && tree.GetRoot().FindNode(first.SourceSpan).AncestorsAndSelf().OfType<TypeDeclarationSyntax>().FirstOrDefault() is { } firstType
        && tree.GetRoot().FindNode(second.SourceSpan).AncestorsAndSelf().OfType<TypeDeclarationSyntax>().FirstOrDefault() is { } secondType
        && firstType != secondType;

    /// <summary>
    /// One diagnostic per walk of a reduction: the statements of one walk that fold into it (the branches of an online
    /// update, a vector loop and the scalar tail that continues its counter, <see cref="SoftmaxModel.IsOneWalk"/>) are
    /// one bug, reported at the first of them in source order (or at the call of the helper that holds it,
    /// <see cref="ReportsAtHelperCall"/>), with the site's division and the walk's other folds as additional locations; separate walks (a loop over a vector's lanes, then a tail over the data) are reported each.
    /// Only the reported folds count (<see cref="WidestFolds"/>); a fold already reported for another site is not
    /// reported again. The code fixes repair the reduction as a whole, so every fold of the walk is fixed.
    /// </summary>
    protected IEnumerable<Diagnostic> AtFolds(SoftmaxModel model, Reduction reduction, SoftmaxSite site, HashSet<IOperation> reported, params object[] arguments)
    {
        var folds = WidestFolds(model, reduction, site).Distinct().Select(fold => (Fold: fold, Location: model.LocationOf(fold)))
            .OrderBy(entry => entry.Location.SourceSpan.Start).ThenBy(entry => entry.Location.SourceSpan.Length).ToList();
        var walks = new List<List<(IOperation Fold, Location Location)>>();
        foreach (var entry in folds)
        {
            if (walks.FirstOrDefault(walk => walk.Any(other => model.IsOneWalk(other.Fold, entry.Fold))) is { } walk)
            {
                walk.Add(entry);
            }
            else
            {
                walks.Add(new List<(IOperation Fold, Location Location)> { entry });
            }
        }

        foreach (var walk in walks)
        {
            if (reported.Contains(walk[0].Fold))
            {
                continue;
            }

            foreach (var (fold, _) in walk)
            {
                reported.Add(fold);
            }

            var location = walk[0].Location;
            var additional = new List<Location>();
            if ((ReportsAtHelperCall || ReportsAtOtherTypesHelperCall) && model.CallerLocationOf(walk[0].Fold, site.Division) is { } call
                && (ReportsAtHelperCall || AreInDifferentTypes(location, call))
                // A helper carrying a member no one resets from call to call is wrong itself: its fold is the bug.
                && !model.IsCarriedMemberNeverReset(reduction))
            {
                // A helper that folds what it is given: the call that gave it too much is the bug (the fold stays listed).
                additional.Add(location);
                location = call;
            }

            additional.Add(model.LocationOf(site.Division));
            additional.AddRange(walk.Skip(1).Select(entry => entry.Location));
            yield return Diagnostic.Create(Descriptor, location, additional, arguments);
        }
    }

    /// <summary>
    /// Where one reduction is reported: one variable too wide is one bug. A seed (<see cref="ReductionPart.IsSeed"/>: a
    /// whole reduction assigned before the variable's own folds continue it) whose dimensions a fold also walks is part of
    /// that fold's span, and is not reported apart (MoCo's seed <c>top = lPos.Max()</c> walks the query axis its queue
    /// fold <c>foreach (float v in lNeg)</c> walks too, with the queue axis besides: the queue fold). Every fold, and a
    /// seed wider than every fold, is reported. Of a sum of maxima (<c>b.Max() + a[i].Max()</c>,
    /// <see cref="ReductionPart.IsAddend"/>) the addends that span more than <paramref name="site"/>'s sum are reported
    /// (the row's own <c>a[i].Max()</c> is right), all of them when none does.
    /// </summary>
    protected static IEnumerable<IOperation> WidestFolds(SoftmaxModel model, Reduction reduction, SoftmaxSite? site = null)
    {
        if (site is not null && reduction.Parts.Count(part => part.IsAddend) > 1)
        {
            var slice = model.Classes.Classes(site.Sum.Atoms);
            var wider = reduction.Parts.Where(part => part.IsAddend && !model.Classes.Classes(part.Atoms).IsSubsetOf(slice)).SelectMany(part => part.Folds).ToList();
            if (wider.Count > 0)
            {
                return wider;
            }
        }

        if (reduction.Parts.Where(part => part.IsForeignSeed).ToList() is { Count: > 0 } foreign)
        {
            // float m = x[0]; then a fold over row r: the seed from another slice is the bug; a fold is reported too only
            // when it walks what the seed adds (SoftmaxModel.ForeignSeeds.cs).
            var added = foreign.SelectMany(part => part.Atoms).ToImmutableHashSet();
            return foreign.Concat(reduction.Parts.Where(part => !part.IsForeignSeed && part.Atoms.Overlaps(added))).SelectMany(part => part.Folds).Distinct();
        }

        if (!reduction.Parts.Any(part => part.IsSeed))
        {
            return reduction.Folds;
        }

        var folds = reduction.Parts.Where(part => !part.IsSeed).Select(part => model.Classes.Classes(part.Atoms)).ToList();
        return reduction.Parts.Where(part => !part.IsSeed || !folds.Any(classes => model.Classes.Classes(part.Atoms).IsSubsetOf(classes)))
            .SelectMany(part => part.Folds);
    }

    /// <summary>The site's maxima whose axis is known in terms of the site's dimensions (and its fixed coordinates).</summary>
    protected static IEnumerable<(Reduction Max, HashSet<DimensionAtom> Axis, HashSet<DimensionAtom> Stale)> AnchoredMaxima(SiteAxes axes) =>
        axes.Maxima.Where(entry => entry.Axis.Count > 0 && axes.IsWithinSite(entry.Axis));

    /// <summary>
    /// How a message names a shift: a maximum is subtracted (<c>exp(x - max)</c>); a minimum shifts a negated exponent
    /// (<c>exp(min - cost)</c>). The verb, the noun of what is folded, and the verb of the advice.
    /// </summary>
    protected static (string Verb, string Folded, string Advice) ShiftWords(Reduction shift) =>
        shift.Kind == ReductionKind.Min ? ("is shifted by", "minimum", "use") : ("subtracts", "maximum", "subtract");

    protected static readonly ImmutableArray<Location> NoLocations = ImmutableArray<Location>.Empty;
}
