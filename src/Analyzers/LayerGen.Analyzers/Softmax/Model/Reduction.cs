using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A max or sum as seen from one use: the dimensions it folds (<see cref="Atoms"/>), the statements that fold them
/// (where a diagnostic is reported), the facts of the folded values (a sum of exps?), whether the use reads it while
/// it is still accumulating (<see cref="IsPartial"/>) and the dimensions it was computed for one slice of, when the
/// use is outside that slice's loop (<see cref="StaleAtoms"/>).
/// </summary>
internal sealed class Reduction
{
    public Reduction(
        ReductionKind kind,
        string name,
        ImmutableHashSet<DimensionAtom> atoms,
        ImmutableArray<IOperation> folds,
        ValueFacts elements,
        bool isPartial,
        ImmutableHashSet<DimensionAtom> staleAtoms,
        bool isInline,
        ImmutableDictionary<DimensionAtom, string>? extents = null,
        bool readsLanes = false,
        bool signUnknown = false,
        ImmutableArray<ReductionPart> parts = default)
    {
        Parts = parts.IsDefault ? ImmutableArray.Create(new ReductionPart(atoms, folds, IsSeed: false)) : parts;
        SignUnknown = signUnknown;
        ReadsLanes = readsLanes;
        Extents = extents ?? ImmutableDictionary<DimensionAtom, string>.Empty;
        Kind = kind;
        Name = name;
        Atoms = atoms;
        Folds = folds;
        Elements = elements;
        IsPartial = isPartial;
        StaleAtoms = staleAtoms;
        IsInline = isInline;
    }

    public ReductionKind Kind { get; }

    /// <summary>The variable (or the inline call's text) named in messages.</summary>
    public string Name { get; }

    /// <summary>The data dimensions folded into the value read at the use.</summary>
    public ImmutableHashSet<DimensionAtom> Atoms { get; }

    /// <summary>The statements or calls that fold values in; diagnostics are reported at them.</summary>
    public ImmutableArray<IOperation> Folds { get; }

    /// <summary>
    /// The definitions or folds of one variable this reduction combines (<see cref="Combine"/>), each with the dimensions
    /// it folds and its statements; one part (this reduction's own atoms and folds) when it combines nothing.
    /// </summary>
    public ImmutableArray<ReductionPart> Parts { get; }

    /// <summary>This reduction as the seed of an accumulator (<c>float top = lPos.Max();</c> before a fold into <c>top</c>).</summary>
    public Reduction AsSeed() => new(Kind, Name, Atoms, Folds, Elements, IsPartial, StaleAtoms, IsInline, Extents, ReadsLanes, SignUnknown,
        ImmutableArray.Create(new ReductionPart(Atoms, Folds, IsSeed: true)));

    /// <summary>What the folded values are (their exps, their raw inputs).</summary>
    public ValueFacts Elements { get; }

    /// <summary>True when the use sits inside a loop the reduction is still accumulating over.</summary>
    public bool IsPartial { get; }

    /// <summary>Dimensions the reduction is computed per slice of, while the use is outside that slice's loop.</summary>
    public ImmutableHashSet<DimensionAtom> StaleAtoms { get; }

    /// <summary>True for a reduction written inline at the use (<c>exp(x[i] - x.Max())</c>).</summary>
    public bool IsInline { get; }

    /// <summary>
    /// For each folded dimension walked by a counted loop with a loop-invariant bound (<c>for (c = 0; c &lt; channels; c++)</c>),
    /// that bound as a canonical text; dimensions walked otherwise, or by loops of different bounds, have none.
    /// </summary>
    public ImmutableDictionary<DimensionAtom, string> Extents { get; }

    /// <summary>True when the value reads the lanes of a vector accumulator (<c>vmax.GetElement(k)</c>).</summary>
    public bool ReadsLanes { get; }

    /// <summary>
    /// True for a minimum that enters the exponent behind a factor of unknown sign (<c>exp(-(e - min) / kT[c])</c>): it
    /// may not bound the exponent, so only its axis is judged (one that varies along the softmax axis is wrong whatever
    /// the sign).
    /// </summary>
    public bool SignUnknown { get; }

    /// <summary>This reduction as a shift of unknown sign (<see cref="SignUnknown"/>).</summary>
    public Reduction WithUnknownSign() => new(Kind, Name, Atoms, Folds, Elements, IsPartial, StaleAtoms, IsInline, Extents, ReadsLanes, signUnknown: true, Parts);

    /// <summary>This reduction as read while it is still accumulating (<see cref="IsPartial"/>).</summary>
    public Reduction AsPartial() => new(Kind, Name, Atoms, Folds, Elements, isPartial: true, StaleAtoms, IsInline, Extents, ReadsLanes, SignUnknown, Parts);

    /// <summary>This reduction under another name (read through a ref local that aliases its element).</summary>
    public Reduction Named(string name) => new(Kind, name, Atoms, Folds, Elements, IsPartial, StaleAtoms, IsInline, Extents, ReadsLanes, SignUnknown, Parts);

    /// <summary>
    /// This reduction with <paramref name="elements"/> as what it folds: a maximum plus a term constant over its walk
    /// (<c>pr[m] + ev[m].Max()</c>) is the maximum of the shifted values <c>pr[m] + ev[m][d]</c> (OffsetMaxima.cs).
    /// </summary>
    public Reduction WithElements(ValueFacts elements) => new(Kind, Name, Atoms, Folds, elements, IsPartial, StaleAtoms, IsInline, Extents, ReadsLanes, SignUnknown, Parts);

    /// <summary>
    /// This reduction as one addend of a sum of maxima (<c>b.Max() + a[i].Max()</c>, <see cref="ReductionPart.IsAddend"/>):
    /// the sum bounds over the union of the addends' walks, and is reported at the addends that span more than the slice.
    /// </summary>
    public Reduction AsAddend() => new(Kind, Name, Atoms, Folds, Elements, IsPartial, StaleAtoms, IsInline, Extents, ReadsLanes, SignUnknown,
        Parts.Select(part => part with { IsAddend = true }).ToImmutableArray());

    /// <summary>This reduction reported at <paramref name="folds"/> (one part: its atoms and those folds).</summary>
    public Reduction WithFolds(ImmutableArray<IOperation> folds) => new(Kind, Name, Atoms, folds, Elements, IsPartial, StaleAtoms, IsInline, Extents, ReadsLanes, SignUnknown);

    /// <summary>This reduction as read through a vector's lanes by a scalar.</summary>
    public Reduction AsLaneRead() => new(Kind, Name, Atoms, Folds, Elements, IsPartial, StaleAtoms, IsInline, Extents, readsLanes: true, SignUnknown, Parts);

    /// <summary>One reduction of several definitions or folds of a variable.</summary>
    /// <param name="parts">The reduction of each definition or fold.</param>
    /// <param name="widestFoldsOnly">
    /// Report only at the parts that fold every dimension of the whole, when some do (a vector accumulator carried
    /// across rows, not the per-row scalar tail that finishes the same max).
    /// </param>
    public static Reduction Combine(IReadOnlyList<Reduction> parts, bool widestFoldsOnly = false)
    {
        var atoms = ImmutableHashSet<DimensionAtom>.Empty;
        var stale = ImmutableHashSet<DimensionAtom>.Empty;
        var folds = ImmutableArray.CreateBuilder<IOperation>();
        var elements = ValueFacts.Empty;
        var partial = false;
        var extents = parts[0].Extents;
        var conflicting = new HashSet<DimensionAtom>();
        foreach (var part in parts)
        {
            foreach (var pair in part.Extents)
            {
                if (extents.TryGetValue(pair.Key, out var known) && known != pair.Value)
                {
                    conflicting.Add(pair.Key);
                }

                extents = extents.SetItem(pair.Key, pair.Value);
            }

            foreach (var atom in part.Atoms)
            {
                if (!part.Extents.ContainsKey(atom))
                {
                    conflicting.Add(atom);
                }
            }

            atoms = atoms.Union(part.Atoms);
            stale = stale.Union(part.StaleAtoms);
            folds.AddRange(part.Folds);
            elements = elements.Merge(part.Elements);
            partial |= part.IsPartial;
        }

        if (widestFoldsOnly && parts.Where(part => part.Atoms.SetEquals(atoms)).SelectMany(part => part.Folds).ToList() is { Count: > 0 } widest)
        {
            folds.Clear();
            folds.AddRange(widest);
        }

        var combined = widestFoldsOnly ? default : parts.SelectMany(part => part.Parts).ToImmutableArray();
        return new Reduction(
            parts[0].Kind, parts[0].Name, atoms, folds.ToImmutable(), elements, partial, stale, parts[0].IsInline, extents.RemoveRange(conflicting), parts: combined);
    }
}

/// <summary>
/// One definition or fold of a variable within a combined <see cref="Reduction"/>: the dimensions it folds, its
/// statements, whether it is a seed (a whole reduction assigned before the variable's own folds continue it), and
/// whether it is one addend of a sum of maxima (<c>b.Max() + a[i].Max()</c>: each addend is reported on its own), and
/// whether it is an element of another slice a running maximum is seeded with (<c>float m = x[0];</c> before a fold over
/// row r, SoftmaxModel.ForeignSeeds.cs: the seed is reported, not the fold over the row).
/// </summary>
internal readonly record struct ReductionPart(ImmutableHashSet<DimensionAtom> Atoms, ImmutableArray<IOperation> Folds, bool IsSeed, bool IsAddend = false, bool IsForeignSeed = false);
