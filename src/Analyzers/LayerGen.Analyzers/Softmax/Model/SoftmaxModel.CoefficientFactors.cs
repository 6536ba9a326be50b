using System.Linq;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A factor that reads no data (a setting: <c>1 - Alpha</c>, a local <c>beta = 1 - Alpha</c>, <c>Alpha - 1</c>)
/// scales the logit; what it subtracts is subtracted from the setting, not from the logit, so it shifts nothing of the
/// product (the convex blend <c>Alpha * a + (1 - Alpha) * b</c> of hybrid search is as raw as <c>0.3 * a + 0.7 * b</c>).
/// A shift of the other factor (<c>(1 - Alpha) * (x - m)</c>) and a subtraction from the product (<c>beta * x - beta * m</c>)
/// stay shifts; a factor that reads data (<c>(0 - m) * t</c> with <c>m</c> a maximum) keeps its shifts.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The facts of <paramref name="factor"/> as it scales another factor of a product. Its bounds stay
    /// (<c>5f * MathF.Tanh(v)</c> lies in [-5, 5]); only what it subtracts is dropped.
    /// </summary>
    private ValueFacts AsScalingFactor(ValueFacts factor) =>
        factor.Shifts.Count > 0 && factor.RawRoots.Count == 0 && factor.Exps.Count == 0 && !factor.IsOpaque && !factor.IsProbability
            ? factor.With(shifts: factor.Shifts.Clear().Union(factor.Shifts.Where(IsBoundMarker)))
            : factor;
}
