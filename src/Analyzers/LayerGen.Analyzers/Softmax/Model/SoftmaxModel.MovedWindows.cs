using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Which dimensions a site's slice loops move its exps along, recorded on the site when it is found
/// (<see cref="SoftmaxSite.MovedAtoms"/>): a Swin-style window softmax <c>x[wy + dy, wx + dx]</c> sums over dy and dx,
/// rows and columns of x, inside the window loops wy and wx that move along the same rows and columns. Without this
/// fact the sum would look like one softmax over the whole map.
/// </summary>
internal sealed partial class SoftmaxModel
{
    private ImmutableHashSet<DimensionAtom> MovedAtoms(IOperation division, Reduction sum, ImmutableArray<IOperation> exps)
    {
        var moved = ImmutableHashSet<DimensionAtom>.Empty;
        foreach (var loop in BatchLoops(division, sum))
        {
            foreach (var exp in exps)
            {
                if (ExpArgument(exp).Dims.TryGetValue(loop, out var atoms))
                {
                    moved = moved.Union(atoms);
                }
            }
        }

        return moved;
    }
}
