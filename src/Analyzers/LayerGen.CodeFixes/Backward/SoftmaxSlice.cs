using System.Collections.Immutable;
using System.Linq;
using LayerGen.Analyzers.Softmax.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.CodeFixes.Backward;

/// <summary>
/// Whether a loop walks exactly one softmax slice of a probability buffer, so that a dot product over that loop is
/// ⟨y, dy⟩ of one row: the loop's dimension of the read is the axis the softmax's sum folds (same method), or the
/// probabilities come from a single-vector softmax and the loop is the read's only index (a field's writer or a
/// helper), or the writer's rectangular buffer is read at the same position its sum folds.
/// </summary>
internal static class SoftmaxSlice
{
    public static bool LoopWalksOneSlice(SoftmaxModel model, IOperation probabilityRead, IOperation loop)
    {
        var dims = model.DimsOf(probabilityRead);
        if (!dims.TryGetValue(loop, out var atoms) || atoms.Count == 0)
        {
            return false;
        }

        var classes = model.Classes.Classes(atoms);
        if (model.Sites.Any(site => model.Classes.Classes(site.Sum.Atoms).SetEquals(classes) && site.Axes(model.Classes).SumIsAnchored))
        {
            return true;
        }

        if (model.BufferOf(probabilityRead) is not { } root)
        {
            return false;
        }

        var sources = model.ProbabilitySourcesOf(root);
        return sources.Count > 0 && sources.All(source => SourceSliceMatches(source, atoms, dims.Count));
    }

    private static bool SourceSliceMatches(ProbabilitySource source, ImmutableHashSet<DimensionAtom> atoms, int readLoops)
    {
        if (source.Root is null || source.Model.Sites.Count == 0)
        {
            return false;
        }

        foreach (var site in source.Model.Sites)
        {
            var axes = site.Axes(source.Model.Classes);
            if (!axes.SumIsAnchored)
            {
                return false;
            }

            var singleVector = axes.Site.IsSubsetOf(axes.Sum);
            if (singleVector && readLoops == 1)
            {
                continue;
            }

            // A batch: the reader's loop must select the position of a rectangular buffer that the writer's sum folds.
            var positions = atoms.Where(atom => atom.Key.StartsWith("r", System.StringComparison.Ordinal)).Select(atom => atom.Key).Distinct().ToList();
            if (positions.Count != 1)
            {
                return false;
            }

            var written = source.Model.Classes.Classes(new[] { new DimensionAtom(source.Root, positions[0]) });
            if (!written.SetEquals(axes.Sum))
            {
                return false;
            }
        }

        return true;
    }
}
