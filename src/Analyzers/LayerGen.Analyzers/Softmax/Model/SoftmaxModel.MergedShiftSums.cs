using System.Linq;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A sum merged from parts each shifted by its own slice's maximum, every part moved to the merged maximum by an exp
/// factor (<c>total = total * exp(top - merged) + part * exp(peak - merged)</c>, a log-sum-exp merge of chunks): the
/// narrower per-part maxima are not the shift of the terms the sum adds, so the sum is not a sum of mixed shifts.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>True when every fold of <paramref name="site"/>'s sum multiplies what it adds by an exp (a merge to another shift).</summary>
    public bool MovesEveryPartToOneShift(SoftmaxSite site) => !site.Sum.Folds.IsEmpty && site.Sum.Folds.All(MultipliesByExp);
}
