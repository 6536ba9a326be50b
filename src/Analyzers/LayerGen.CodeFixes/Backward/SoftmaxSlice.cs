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
        if (model.Sites.Any(site => !site.IsLogSoftmax && model.Classes.Classes(site.Sum.Atoms).SetEquals(classes) && site.Axes(model.Classes).SumIsAnchored))
        {
            return true;
        }

        if (model.BufferOf(probabilityRead) is not { } root)
        {
            return false;
        }

        var sources = model.ProbabilitySourcesOf(root);
        return sources.Count > 0 && sources.All(source => SourceSliceMatches(source, atoms, dims.Count, depth: 0));
    }

    private static bool SourceSliceMatches(ProbabilitySource source, ImmutableHashSet<DimensionAtom> atoms, int readLoops, int depth)
    {
        if (source.Origin is IInvocationOperation library && source.Root is null)
        {
            return readLoops == 1 && IsWholeBufferLibrarySoftmax(library);
        }

        if (source.Root is null || depth > 2)
        {
            return false;
        }

        if (source.Model.Sites.Count == 0)
        {
            // A field's writer that got the probabilities elsewhere (a library call, a helper): ask where.
            var inner = source.Model.ProbabilitySourcesOf(source.Root);
            return inner.Count > 0 && inner.All(next => next != source && SourceSliceMatches(next, atoms, readLoops, depth + 1));
        }

        foreach (var site in source.Model.Sites.Where(site => !site.IsLogSoftmax))
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

    /// <summary><c>TensorPrimitives.SoftMax(x, y)</c>, or <c>LayerGen.Softmax.Forward(x, y, x.Length)</c>: one row, the whole buffer.</summary>
    private static bool IsWholeBufferLibrarySoftmax(IInvocationOperation call)
    {
        if (call.TargetMethod.Name == "SoftMax")
        {
            return true;
        }

        return call.Arguments.Length == 3
            && SoftmaxModel.Unwrap(call.Arguments[2].Value) is IPropertyReferenceOperation { Property.Name: "Length", Instance: { } instance }
            && call.Arguments.Take(2).Any(argument => SoftmaxModel.IsSameValue(argument.Value, instance));
    }
}
