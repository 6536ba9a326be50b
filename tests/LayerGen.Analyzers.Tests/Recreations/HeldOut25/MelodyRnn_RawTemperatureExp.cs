// Source: Magenta MelodyRNN / PerformanceRNN next-event sampling with a temperature, as ported to application code
//         (re-created shape, our own code).
// Layout: List<float[]> of step logits; LINQ `Select(l => MathF.Exp(l / temperature))`, `Sum()`, a second `Select` dividing.
// Label: LG0003 — the tempered logits are exponentiated without subtracting the step's maximum (overflow to ∞, then NaN).
using System.Collections.Generic;
using System.Linq;

namespace HeldOut25.MelodyRnn;

/// <summary>Tempered next-event distributions written with LINQ, one per decoding step.</summary>
public static class RawTemperatureExp
{
    /// <summary>Returns, for each step, exp(logit / temperature) normalised over the step's events.</summary>
    public static List<float[]> Compute(List<float[]> stepLogits, float temperature)
    {
        var result = new List<float[]>(stepLogits.Count);
        foreach (var logits in stepLogits)
        {
            float[] weights = logits.Select(l => System.MathF.Exp(l / temperature)).ToArray(); //~ LG0003
            float total = weights.Sum();
            result.Add(weights.Select(w => w / total).ToArray());
        }

        return result;
    }
}
