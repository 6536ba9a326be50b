using System.Collections.Generic;
using System.Linq;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A maximum that walks, along the softmax axis's own dimension, every slice the batch loops pick: <c>m = max of
/// x[j], j &lt; rows * n</c> inside the row loop of <c>exp(x[r * n + j] - m)</c>, written inline or through a helper
/// (<c>Peak(x, 0, rows * n)</c>). Its extent is the sum's extent times the extents of the batch loops that step the
/// buffer by one slice (<c>r</c> at stride <c>n</c>), so its positions contain every slice: more than the softmax axis
/// (LG0001), not another part of it (LG0004).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// True when, wherever the extents of <paramref name="max"/> and the site's sum differ along one dimension
    /// (<see cref="DifferingExtents"/>, the pairs <see cref="ExtentsDiffer"/> found before this is asked), the max's
    /// extent is the product of the sum's extent and the extents of the batch loops that step that buffer by the sum's
    /// extent in the site's exps: the max walks the whole block of slices. A max extent the sum also walks its dimension
    /// with is no difference, here as there.
    /// </summary>
    private bool MaxWalksEverySlice(SoftmaxSite site, Reduction max)
    {
        var differing = false;
        var batchLoops = BatchLoops(site);
        foreach (var (first, second) in DifferingExtents(max, site.Sum))
        {
            if (ProductFactors(new[] { first.Value }) is not { } walked || ProductFactors(new[] { second.Value }) is not { } slice
                || ExtentAsStride(second.Value) is not { } sliceStride)
            {
                return false;
            }

            var block = new List<string>(slice);
            var sliceStep = DimensionAtom.Stride(first.Key.Root, sliceStride);
            foreach (var batch in batchLoops)
            {
                if (LoopExtent(batch) is { } batchExtent && ProductFactors(new[] { batchExtent }) is { } batchFactors
                    && site.Exps.Any(exp => ExpArgument(exp).Dims.TryGetValue(batch, out var atoms) && atoms.Contains(sliceStep)))
                {
                    block.AddRange(batchFactors);
                }
            }

            block.Sort(System.StringComparer.Ordinal);
            if (!walked.SequenceEqual(block, System.StringComparer.Ordinal))
            {
                return false;
            }

            differing = true;
        }

        return differing;
    }
}
